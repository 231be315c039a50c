// What one phase asks to say and play (coach.h tells what), before placement decides where.
#pragma once

#include "core/session/coach.h"
#include "core/session/cue_placement.h"

#include <vector>

namespace unknot {

struct CueContext {
    const SessionPlan& plan;
    const Routine& routine;
    const ExerciseLookup& lookup;
    const CoachOptions& options;
};

struct PhaseRequests {
    std::vector<CueRequest> requests;
    int rotations = 0; // turns of form cues and breathing asked for
};

// The requests of phase `index` if it lasted `length` seconds. `rotation` is the step's turn of
// form cues and breathing so far, so that each set goes on where the last one stopped.
PhaseRequests phase_requests(const CueContext& context, int index, double length, int rotation);

// Whether the phase carries a setup the person needs before they move, and so may be lengthened:
// a lead-in, a side switch, a rest between sets that changes sides.
bool carries_setup(const SessionPlan& plan, int index);

// What is played when the session ends.
std::vector<CueItem> session_end_items(const CoachOptions& options, bool completed);

} // namespace unknot
