// The coach's options as the person set them: its own words in the interface's language, the
// speaking rate from the settings, and the guidance level.
#pragma once

#include "core/session/coach.h"

class QSettings;
class QString;

namespace unknot::gui {

CuePhrases translated_cue_phrases();

// The ISO 639-1 code of the interface's language (the catalogue in use says which): the voice
// speaks it and the coach says the routine's texts translated to it where they are.
QString spoken_language();

// "Full coaching", "Names and counts", "Sounds only", "Silent"; and the level after `level`, in
// the order the G key steps through them (after silent, full again).
QString guidance_label(GuidanceLevel level);
GuidanceLevel next_guidance(GuidanceLevel level);

CoachOptions coach_options(const QSettings& settings, GuidanceLevel level);

} // namespace unknot::gui
