// The local wall-clock time, injected into the history page so that tests choose "now" and the
// time zone. Only system_local_now() asks the system.
#pragma once

#include "core/history/week_math.h"

#include <QDate>

#include <functional>

namespace unknot::gui {

using LocalNow = std::function<local_seconds()>;

// Now, on this computer's clock, in its current time zone.
local_seconds system_local_now();

QDate to_qdate(local_days day);
local_days from_qdate(QDate date);
// Qt's day of the week (Monday = 1 .. Sunday = 7) as a std::chrono weekday.
weekday to_weekday(Qt::DayOfWeek day);

} // namespace unknot::gui
