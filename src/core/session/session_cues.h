// The cues of one phase, as offsets from the phase's start.
#pragma once

#include "core/base/clock.h"
#include "core/routine/session_plan.h"
#include "core/session/session_event.h"

#include <vector>

namespace unknot {

inline constexpr double kHalfwayMinSeconds = 20.0; // holds this long get a halfway cue
inline constexpr int kCountdownFrom = 3;

struct ScheduledCue {
    Duration offset{};
    Cue cue;
};

// Sorted by offset; cues at the same offset keep a fixed order (rest before next_up).
std::vector<ScheduledCue> schedule_cues(const SessionPlan& plan, int phase_index);

// The side of rep `rep` (1-based): alternating reps start on the phase's side and swap every rep.
Side rep_side(const Phase& phase, int rep);

} // namespace unknot
