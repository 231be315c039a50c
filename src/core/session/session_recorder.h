// Turns what happens in a session into history store writes, so that the player only forwards.
//
// Each exercise phase is committed the moment it finishes; rests, lead-ins and side switches only
// add to the session's rest seconds. When a write fails (a full disk, a locked or lost file), the
// session goes on: what was not written stays in memory, in order, and is written with the next
// write that succeeds (or retry()); logging_failed() and last_error() feed the GUI's banner.
// Nothing here throws.
#pragma once

#include "core/history/history_store.h"
#include "core/routine/session_plan.h"
#include "core/session/session_event.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace unknot {

// One moment on both clocks, to turn the engine's steady time points into wall-clock time.
struct WallClockAnchor {
    TimePoint steady;
    sys_seconds wall;
    sys_seconds to_wall(TimePoint t) const
    {
        return wall + std::chrono::round<std::chrono::seconds>(t - steady);
    }
};

// Whether the recorder writes a step for this phase_finished event: every exercise phase and timed
// activity, and a pain stop in any other phase of an exercise's step (its lead-in, side switch or
// rests), so that "this hurts" is in the history wherever it was pressed.
bool records_step(const Event& event, const SessionPlan& plan);

class SessionRecorder {
public:
    // null: nothing is logged, the session still plays. The store must outlive the recorder.
    explicit SessionRecorder(HistoryStore* store);
    ~SessionRecorder(); // a session begun and never finished is recorded as interrupted
    SessionRecorder(const SessionRecorder&) = delete;
    SessionRecorder& operator=(const SessionRecorder&) = delete;

    // Each returns true when everything recorded so far is in the database.
    // A session still under way when another begins is recorded as interrupted first; what of it
    // could still not be written is then dropped (last_error() says so).
    bool begin_session(SessionStart start);
    bool record_step(StepRecord step);
    void record_rest(double seconds); // written with the next step or the end
    bool finish_session(SessionStatus status, sys_seconds now); // completed, stopped, interrupted
    bool save_summary(std::optional<int> pain_after, std::string notes); // after finish_session
    bool retry(); // writes what is pending, if anything

    // The engine's events: exercise phases become steps, other phases rest seconds, and
    // session_finished the end. Call begin_session() before the engine starts.
    void on_event(const Event& event, const SessionPlan& plan, const WallClockAnchor& now);
    void on_events(const std::vector<Event>& events, const SessionPlan& plan,
                   const WallClockAnchor& now);
    // "This hurts" was answered during `phase`: the step that phase finishes carries the answer.
    // After `easier`, every step of that routine step is recorded as done with `variation`.
    // Call it before the events of the answer (skip and end_session end the phase for pain).
    void record_hurt_choice(int phase, HurtChoice choice, std::string variation,
                            const SessionPlan& plan);

    bool active() const { return start_.has_value() && !end_.has_value(); }
    bool logging_failed() const { return failed_; }
    const std::string& last_error() const { return error_; } // of the latest failure
    std::size_t pending_steps() const { return pending_.size(); }
    std::optional<std::int64_t> session_id() const { return id_; }
    const SessionTotals& totals() const { return totals_; }

private:
    struct Summary {
        std::optional<int> pain_after;
        std::string notes;
    };

    bool flush();
    bool write_pending();
    StepRecord with_answers(StepRecord step, int step_index) const;
    bool fail(const StoreStatus& status);
    sys_seconds last_known_time() const;

    HistoryStore* store_;
    std::optional<SessionStart> start_;
    std::optional<std::int64_t> id_;
    std::vector<StepRecord> pending_;
    SessionTotals totals_;
    std::optional<SessionEnd> end_;
    bool end_written_ = false;
    std::optional<Summary> summary_; // not yet written
    sys_seconds last_step_at_{};
    std::map<int, HurtChoice> hurt_choices_; // by phase index
    std::map<int, std::string> variations_;  // by routine step index
    bool failed_ = false;
    std::string error_;
};

} // namespace unknot
