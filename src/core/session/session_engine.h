// A pure state machine that plays a SessionPlan. It never reads a clock: every call takes `now`.
//
// Time: the engine keeps "active time" (time since start() minus paused time). Remaining time is
// always the phase's deadline minus the active time now, so a late or missed advance() loses
// nothing: a phase that ended during a stall is finished at its deadline and the next one starts
// exactly there, and one advance() may report several phases, each with its exact time.
//
// Events: every command first catches up to `now` (like advance), then acts, and returns all
// events in order. Each phase_started is followed by exactly one phase_finished of that phase
// before the next phase_started; phases never started (skipped over by hurts or stop) get none.
// After back() a phase may finish more than once: the last outcome counts.
//
// Cues: the items of the cue script (cue_script.h) fire at most once each, in order. An item
// reported more than kStaleCueSeconds after it was due (a stall) is dropped, never fired late or
// twice. Items at a phase's start fire immediately, even when the phase starts while paused. When
// the session ends, its end items (completed or stopped) follow session_finished.
//
// Commands while paused act and leave the session paused. Commands before start() (except
// stop) and after the end do nothing. Time points earlier than one already seen count as that one.
#pragma once

#include "core/base/clock.h"
#include "core/routine/session_plan.h"
#include "core/session/cue_script.h"
#include "core/session/session_event.h"

#include <functional>
#include <optional>
#include <vector>

namespace unknot {

inline constexpr double kStaleCueSeconds = 1.0;
inline constexpr double kBackRestartSeconds = 3.0; // back() under this goes to the previous phase

using Events = std::vector<Event>;

class SessionEngine {
public:
    // Throws std::invalid_argument for a negative or non-finite duration or a tempo <= 0, or a
    // script that is not empty and does not have one phase per plan phase.
    explicit SessionEngine(SessionPlan plan, CueScript script = {});

    Events start(TimePoint now);
    Events pause(TimePoint now);
    Events resume(TimePoint now);
    Events skip(TimePoint now);  // the current phase ends as skipped
    Events back(TimePoint now);  // restart the phase, or the previous one if under 3 s in
    Events done(TimePoint now);  // ends a self-paced reps phase as done; otherwise nothing
    Events hurts(TimePoint now); // stops the current step for pain, goes on with the next step
    Events stop(TimePoint now);  // ends the session early
    // Stops the current step for pain and ends the session there ("this hurts": end the session).
    Events stop_for_pain(TimePoint now);
    Events advance(TimePoint now);

    const SessionPlan& plan() const { return plan_; }
    const CueScript& script() const { return script_; }
    bool started() const { return state_ != State::idle; }
    bool paused() const { return state_ == State::paused; }
    bool finished() const { return state_ == State::finished; }
    std::optional<SessionOutcome> outcome() const { return outcome_; }

    // The current phase, -1 / nullptr before start and after the end.
    int phase_index() const;
    const Phase* current_phase() const;
    // Seconds to the current phase's deadline; nullopt without one (self-paced reps, no phase).
    std::optional<double> remaining_seconds(TimePoint now) const;
    double phase_elapsed_seconds(TimePoint now) const; // active seconds in the current phase
    double elapsed_seconds(TimePoint now) const;       // active seconds of the session
    // Planned seconds left: the current phase's rest (self-paced: its estimate) and all after it.
    double remaining_total_seconds(TimePoint now) const;
    // Paced reps: the rep under way (1..reps); 0 otherwise.
    int current_rep(TimePoint now) const;
    // The side now: the phase's side, or the current rep's side for alternating reps.
    Side current_side(TimePoint now) const;
    // When the next cue or deadline is due, for a single-shot timer; nullopt if nothing is.
    std::optional<TimePoint> next_due() const;

private:
    enum class State { idle, running, paused, finished };

    Duration active(TimePoint now) const;
    TimePoint real(Duration active_time) const;
    Duration see(TimePoint now);
    Duration phase_elapsed(TimePoint now) const;
    std::optional<Duration> deadline() const;
    bool in_phase() const { return state_ == State::running || state_ == State::paused; }
    const std::vector<CueItem>& cues() const; // the current phase's items

    Events act(TimePoint now, const std::function<void(Duration, Events&)>& action);
    void catch_up(Duration now, Events& out);
    void fire_cues(Duration until, Duration now, Events& out);
    void emit_finished(PhaseOutcome outcome, Duration at, Events& out);
    void finish_phase(PhaseOutcome outcome, Duration at, Events& out);
    void go_to(int index, Duration at, Events& out);
    void finish_session(SessionOutcome outcome, Duration at, Events& out);
    void fire_end_items(SessionOutcome outcome, TimePoint when, Events& out) const;

    SessionPlan plan_;
    CueScript script_;
    State state_ = State::idle;
    std::optional<SessionOutcome> outcome_;
    TimePoint origin_{};   // real time of active time zero while running
    TimePoint last_now_{}; // the latest time point seen
    Duration frozen_{};    // active time while paused or finished
    int index_ = -1;
    Duration phase_start_{};   // active time
    std::size_t next_cue_ = 0; // into cues()
};

} // namespace unknot
