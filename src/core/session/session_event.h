// What the session engine reports: phases starting and finishing, cues, the end of the session.
#pragma once

#include "core/base/clock.h"
#include "core/routine/session_plan.h"
#include "core/session/cue_script.h"

#include <string>

namespace unknot {

// stopped: the session was stopped during this phase.
enum class PhaseOutcome { done, skipped, stopped_for_pain, stopped };
// completed: the last phase ended (done or skipped); stopped: stop() ended it early.
enum class SessionOutcome { completed, stopped };

// cue_due: an item of the cue script is due (after session_finished: the session's end items,
// phase -1).
enum class EventKind { phase_started, cue_due, phase_finished, session_finished };

struct Event {
    EventKind kind = EventKind::phase_started;
    TimePoint at;   // the exact instant it happened, even when reported late
    int phase = -1; // index into SessionPlan::phases; -1 for session_finished
    CueItem cue;    // cue_due
    PhaseOutcome outcome = PhaseOutcome::done;                  // phase_finished
    SessionOutcome session_outcome = SessionOutcome::completed; // session_finished
    // phase_finished: active seconds since the phase (re)started; session_finished: of the session.
    double active_seconds = 0;
};

} // namespace unknot
