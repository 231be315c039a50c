#include "gui/history/local_clock.h"

#include <QDateTime>

namespace unknot::gui {

namespace {

const QDate kEpoch(1970, 1, 1);

} // namespace

local_seconds system_local_now()
{
    const QDateTime now = QDateTime::currentDateTime();
    return local_seconds{std::chrono::seconds{now.toSecsSinceEpoch() + now.offsetFromUtc()}};
}

QDate to_qdate(local_days day)
{
    return kEpoch.addDays(day.time_since_epoch().count());
}

local_days from_qdate(QDate date)
{
    return local_days{days{kEpoch.daysTo(date)}};
}

weekday to_weekday(Qt::DayOfWeek day)
{
    return weekday{static_cast<unsigned>(day) % 7}; // Qt's Sunday is 7, chrono's is 0
}

} // namespace unknot::gui
