#include "gui/settings/lead_in_setting.h"

#include "gui/settings_keys.h"

namespace unknot::gui {

Routine with_lead_in_setting(Routine routine, const QSettings* settings)
{
    const int seconds = settings ? settings_keys::lead_in.read(*settings) : 0;
    if (seconds > 0)
        routine.lead_in_seconds = seconds;
    return routine;
}

} // namespace unknot::gui
