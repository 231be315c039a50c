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

bool is_step_phase(const Phase& phase)
{
    return phase.is_exercise() || phase.kind == PhaseKind::timed;
}

// The exercise phase a lead-in, switch or rest of the same step belongs to: the next one of the
// step, or (for the rest after it) the last one; null for a plain rest.
const Phase* step_phase_of(const SessionPlan& plan, int index)
{
    const int step = plan.phases[static_cast<std::size_t>(index)].step_index;
    const auto in_step = [&](int i) {
        return i >= 0 && i < static_cast<int>(plan.phases.size()) &&
               plan.phases[static_cast<std::size_t>(i)].step_index == step;
    };
    for (int i = index; in_step(i); ++i)
        if (is_step_phase(plan.phases[static_cast<std::size_t>(i)]))
            return &plan.phases[static_cast<std::size_t>(i)];
    for (int i = index - 1; in_step(i); --i)
        if (is_step_phase(plan.phases[static_cast<std::size_t>(i)]))
            return &plan.phases[static_cast<std::size_t>(i)];
    return nullptr;
}

bool valid_phase(const Event& event, const SessionPlan& plan)
{
    return event.phase >= 0 && event.phase < static_cast<int>(plan.phases.size());
}

} // namespace

bool records_step(const Event& event, const SessionPlan& plan)
{
    if (event.kind != EventKind::phase_finished || !valid_phase(event, plan))
        return false;
    if (is_step_phase(plan.phases[static_cast<std::size_t>(event.phase)]))
        return true;
    return event.outcome == PhaseOutcome::stopped_for_pain && step_phase_of(plan, event.phase);
}

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
    hurt_choices_.clear();
    variations_.clear();
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
    if (event.kind != EventKind::phase_finished || !valid_phase(event, plan))
        return;
    const Phase& phase = plan.phases[static_cast<std::size_t>(event.phase)];
    if (is_step_phase(phase)) {
        record_step(with_answers(step_from(phase, event, now.to_wall(event.at)), phase.step_index));
        return;
    }
    record_rest(event.active_seconds);
    if (!records_step(event, plan))
        return;
    // A pain stop before or between the exercise's phases: a step with nothing done.
    Event stopped = event;
    stopped.active_seconds = 0;
    const Phase& exercise = *step_phase_of(plan, event.phase);
    StepRecord step = with_answers(step_from(exercise, stopped, now.to_wall(event.at)), -1);
    record_step(std::move(step)); // nothing done, so no version of it either
}

void SessionRecorder::record_hurt_choice(int phase, HurtChoice choice, std::string variation,
                                         const SessionPlan& plan)
{
    if (!active() || phase < 0 || phase >= static_cast<int>(plan.phases.size()))
        return;
    hurt_choices_[phase] = choice;
    if (choice == HurtChoice::easier)
        variations_[plan.phases[static_cast<std::size_t>(phase)].step_index] = std::move(variation);
}

StepRecord SessionRecorder::with_answers(StepRecord step, int step_index) const
{
    if (const auto choice = hurt_choices_.find(step.phase.value_or(-1));
        choice != hurt_choices_.end())
        step.hurt_choice = choice->second;
    if (const auto variation = variations_.find(step_index); variation != variations_.end())
        step.variation = variation->second;
    return step;
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
