// The coach's options as the person set them: its own words in the interface's language, the
// speaking rate from the settings, and the guidance level.
#pragma once

#include "core/session/coach.h"

class QSettings;

namespace unknot::gui {

CuePhrases translated_cue_phrases();

CoachOptions coach_options(const QSettings& settings, GuidanceLevel level);

} // namespace unknot::gui
