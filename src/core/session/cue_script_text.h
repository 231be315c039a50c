// The cue script as text, one item a line, for `unknot --cue-script` and the tests:
//   session time, phase number and kind, category, priority, what is said ("[tick]" for a sound).
#pragma once

#include "core/routine/session_plan.h"
#include "core/session/cue_script.h"

#include <string>
#include <string_view>

namespace unknot {

std::string_view phase_kind_name(PhaseKind kind); // "lead-in", "hold", "rest-after", ...

// "  1:05.3  #4 hold          count          4  Halfway." Times are from the session's start, as
// planned (self-paced reps at their estimate); the session's end is phase #N "end".
std::string cue_script_text(const SessionPlan& plan, const CueScript& script);

} // namespace unknot
