// What the session engine reports: phases starting and finishing, cues, the end of the session.
#pragma once

#include "core/base/clock.h"
#include "core/routine/session_plan.h"

#include <string>

namespace unknot {

// countdown: number 3, 2, 1 before a timed phase ends; halfway: the middle of a hold of 20 s or
// more; switch_sides: side is the side to switch to; rep: number is the rep (1-based) of a paced
// reps phase, side its side; rest: a rest begins; next_up: text and side name the next exercise.
enum class CueKind { countdown, halfway, switch_sides, rep, rest, next_up };

struct Cue {
    CueKind kind = CueKind::countdown;
    int number = 0;
    Side side = Side::none;
    std::string text;
    bool operator==(const Cue&) const = default;
};

// stopped: the session was stopped during this phase.
enum class PhaseOutcome { done, skipped, stopped_for_pain, stopped };
// completed: the last phase ended (done or skipped); stopped: stop() ended it early.
enum class SessionOutcome { completed, stopped };

enum class EventKind { phase_started, cue_due, phase_finished, session_finished };

struct Event {
    EventKind kind = EventKind::phase_started;
    TimePoint at;   // the exact instant it happened, even when reported late
    int phase = -1; // index into SessionPlan::phases; -1 for session_finished
    Cue cue;        // cue_due
    PhaseOutcome outcome = PhaseOutcome::done;                  // phase_finished
    SessionOutcome session_outcome = SessionOutcome::completed; // session_finished
    // phase_finished: active seconds since the phase (re)started; session_finished: of the session.
    double active_seconds = 0;
};

} // namespace unknot
