#include "core/session/session_recorder.h"

#include <algorithm>
#include <cmath>

namespace unknot {

namespace {

bool is_permanent(const StoreStatus& status)
{
    // Retrying cannot help: the values are refused or the session is gone.
    return status.kind == StoreErrorKind::invalid || status.kind == StoreErrorKind::not_found;
}

StepKind step_kind(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::hold:
        return StepKind::hold;
    case PhaseKind::reps:
        return StepKind::reps;
    default:
        return StepKind::timed;
    }
}

StepSide step_side(const Phase& phase)
{
    if (phase.alternate)
        return StepSide::alternating;
    switch (phase.side) {
    case Side::left:
        return StepSide::left;
    case Side::right:
        return StepSide::right;
    default:
        return StepSide::none;
    }
}

StepOutcome step_outcome(PhaseOutcome outcome)
{
    switch (outcome) {
    case PhaseOutcome::done:
        return StepOutcome::done;
    case PhaseOutcome::skipped:
        return StepOutcome::skipped;
    case PhaseOutcome::stopped_for_pain:
        return StepOutcome::stopped_for_pain;
    default:
        return StepOutcome::stopped;
    }
}

// Done: all of them. Paced reps cut short: the reps whose time had passed. Self-paced: unknown.
std::optional<int> reps_done(const Phase& phase, const Event& event)
{
    if (phase.kind != PhaseKind::reps)
        return std::nullopt;
    if (event.outcome == PhaseOutcome::done)
        return phase.reps;
    if (!phase.tempo || *phase.tempo <= 0)
        return std::nullopt;
    const double reps = std::floor(event.active_seconds / *phase.tempo);
    return static_cast<int>(std::clamp(reps, 0.0, static_cast<double>(phase.reps)));
}

StepRecord step_from(const Phase& phase, const Event& event, sys_seconds at)
{
    StepRecord step;
    step.exercise_id = phase.exercise_id;
    step.exercise_name = phase.title;
    step.kind = step_kind(phase.kind);
    step.side = step_side(phase);
    step.set = phase.set;
    step.sets = phase.sets;
    if (phase.kind == PhaseKind::reps)
        step.target_reps = phase.reps;
    else
        step.target_seconds = phase.planned_seconds;
    step.active_seconds = std::max(0.0, event.active_seconds);
    step.reps_done = reps_done(phase, event);
    step.outcome = step_outcome(event.outcome);
    step.finished_at = at;
    step.phase = event.phase;
    return step;
}

} // namespace

SessionRecorder::SessionRecorder(HistoryStore* store) : store_(store) {}

SessionRecorder::~SessionRecorder()
{
    if (active())
        end_ = SessionEnd{SessionStatus::interrupted, last_known_time(), totals_, {}, {}};
    if (start_)
        flush();
}

bool SessionRecorder::begin_session(SessionStart start)
{
    if (active())
        finish_session(SessionStatus::interrupted, last_known_time());
    const bool unsaved = !pending_.empty() || !id_ || (end_ && !end_written_) || summary_;
    if (store_ && start_ && unsaved) // dropped: the recorder keeps one session
        error_ = "The previous session could not be saved completely: " + error_;
    start_ = std::move(start);
    id_.reset();
    pending_.clear();
    totals_ = {};
    end_.reset();
    end_written_ = false;
    summary_.reset();
    last_step_at_ = start_->started_at;
    return flush();
}

bool SessionRecorder::record_step(StepRecord step)
{
    if (!active())
        return false;
    totals_.active_seconds += step.active_seconds;
    last_step_at_ = std::max(last_step_at_, step.finished_at);
    // The same phase finished again (after "back"): one row, the last outcome.
    const auto same_phase = std::find_if(pending_.begin(), pending_.end(), [&](const auto& p) {
        return step.phase && p.phase == step.phase;
    });
    if (same_phase != pending_.end()) {
        step.active_seconds += same_phase->active_seconds;
        *same_phase = std::move(step);
    } else {
        pending_.push_back(std::move(step));
    }
    return flush();
}

void SessionRecorder::record_rest(double seconds)
{
    if (active() && std::isfinite(seconds) && seconds > 0)
        totals_.rest_seconds += seconds;
}

bool SessionRecorder::finish_session(SessionStatus status, sys_seconds now)
{
    if (!active() || status == SessionStatus::in_progress)
        return false;
    end_ = SessionEnd{status, now, totals_, {}, {}};
    return flush();
}

bool SessionRecorder::save_summary(std::optional<int> pain_after, std::string notes)
{
    if (!end_)
        return false;
    summary_ = Summary{pain_after, std::move(notes)};
    return flush();
}

bool SessionRecorder::retry()
{
    return flush();
}

void SessionRecorder::on_event(const Event& event, const SessionPlan& plan,
                               const WallClockAnchor& now)
{
    if (event.kind == EventKind::session_finished) {
        const bool completed = event.session_outcome == SessionOutcome::completed;
        finish_session(completed ? SessionStatus::completed : SessionStatus::stopped,
                       now.to_wall(event.at));
        return;
    }
    if (event.kind != EventKind::phase_finished || event.phase < 0 ||
        event.phase >= static_cast<int>(plan.phases.size()))
        return;
    const Phase& phase = plan.phases[static_cast<std::size_t>(event.phase)];
    if (phase.is_exercise() || phase.kind == PhaseKind::timed)
        record_step(step_from(phase, event, now.to_wall(event.at)));
    else
        record_rest(event.active_seconds);
}

void SessionRecorder::on_events(const std::vector<Event>& events, const SessionPlan& plan,
                                const WallClockAnchor& now)
{
    for (const Event& event : events)
        on_event(event, plan, now);
}

bool SessionRecorder::flush()
{
    if (!start_ || !store_)
        return false;
    if (!id_) {
        const auto begun = store_->begin_session(*start_);
        if (!begun)
            return fail(begun.status);
        id_ = begun.value;
    }
    if (!write_pending())
        return false;
    if (end_ && !end_written_) {
        SessionEnd end = *end_;
        end.totals = totals_;
        if (const auto status = store_->finish_session(*id_, end); !status)
            return fail(status);
        end_written_ = true;
    }
    if (summary_) {
        const auto status = store_->save_summary(*id_, summary_->pain_after, summary_->notes);
        if (!status)
            return fail(status);
        summary_.reset();
    }
    failed_ = false;
    return true;
}

bool SessionRecorder::write_pending()
{
    if (pending_.empty())
        return true;
    const auto status = store_->add_steps(*id_, pending_, totals_);
    if (status || is_permanent(status))
        pending_.clear();
    return status ? true : fail(status);
}

bool SessionRecorder::fail(const StoreStatus& status)
{
    failed_ = true;
    error_ = status.message;
    return false;
}

sys_seconds SessionRecorder::last_known_time() const
{
    return last_step_at_;
}

} // namespace unknot
