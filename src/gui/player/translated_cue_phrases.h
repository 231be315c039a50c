// The coach's own words in the interface's language, for the core cue script.
#pragma once

#include "core/session/cue_phrases.h"

namespace unknot::gui {

CuePhrases translated_cue_phrases();

} // namespace unknot::gui
