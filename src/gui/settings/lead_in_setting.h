// The get-ready setting applied to a routine before it is planned.
#pragma once

#include "core/routine/routine.h"

class QSettings;

namespace unknot::gui {

// `routine` with its lead-in replaced by the "Get ready before each exercise" setting; unchanged
// when the setting is 0 ("as the routine says") or there are no settings.
Routine with_lead_in_setting(Routine routine, const QSettings* settings);

} // namespace unknot::gui
