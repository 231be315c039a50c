#include "core/programme/dose.h"

#include "core/history/exercise_stats.h"
#include "core/history/week_math.h"
#include "core/programme/programme_weeks.h"

#include <algorithm>

namespace unknot {

namespace {

constexpr int kGoodSessionsToGoUp = 2;
constexpr int kPainJump = 2;

std::vector<int> range_values(const std::optional<DoseRange>& range)
{
    std::vector<int> values;
    if (!range)
        return values;
    for (int v = range->start; v < range->target && range->step > 0; v += range->step)
        values.push_back(v);
    values.push_back(std::max(range->start, range->target));
    return values;
}

const std::optional<DoseRange>& moving_first(const Step& step)
{
    return step.kind == StepKind::hold ? step.progression->hold : step.progression->reps;
}

bool is_evidence(const SessionRecord& session, const Programme& programme, local_days today)
{
    const local_days day = session_day(session);
    return !session.flare_up && session.status != SessionStatus::in_progress &&
           day >= programme.start && day <= today;
}

// Replays the evidence for one step, session by session and week by week.
class Replay {
public:
    Replay(const Step& step, int step_index, const Programme& programme,
           std::vector<DoseChange>* changes)
        : step_(step), index_(step_index), programme_(programme), levels_(dose_levels(step)),
          changes_(changes)
    {}

    void see(const SessionRecord& session)
    {
        const Verdict verdict = judge(session, step_.exercise);
        if (verdict == Verdict::not_done)
            return;
        const local_days day = session_day(session);
        advance_to(programme_week(programme_, day));
        switch (verdict) {
        case Verdict::good:
            ++good_;
            break;
        case Verdict::pain_rose:
        case Verdict::not_rated:
            good_ = 0;
            break;
        case Verdict::hurt:
        case Verdict::pain_jump:
            good_ = 0;
            change(level_ - 1,
                   verdict == Verdict::hurt ? DoseReason::down_hurt : DoseReason::down_pain, day,
                   week_);
            break;
        case Verdict::not_done:
            break;
        }
        last_ = verdict;
        last_day_ = day;
    }

    // Crosses the week boundaries up to programme week `week` (from 0).
    void advance_to(int week)
    {
        if (week <= week_)
            return;
        if (good_ >= kGoodSessionsToGoUp && level_ < levels_ - 1) {
            good_ = 0;
            last_.reset();
            change(level_ + 1, DoseReason::up, week_first_day(programme_, week_ + 1), week_ + 1);
        }
        week_ = week;
    }

    StepDose result() const
    {
        StepDose dose;
        dose.step_index = index_;
        dose.dose = dose_at(step_, level_);
        dose.level = level_;
        dose.levels = levels_;
        dose.good_in_a_row = good_;
        if (change_week_ == week_) {
            dose.reason = change_reason_;
            dose.previous = previous_;
            dose.day = change_day_;
        } else if (levels_ > 1 && level_ == levels_ - 1) {
            dose.reason = DoseReason::at_target;
        } else if (good_ >= kGoodSessionsToGoUp) {
            dose.reason = DoseReason::up_next_week;
        } else if (last_ == Verdict::pain_rose || last_ == Verdict::not_rated) {
            dose.reason =
                *last_ == Verdict::pain_rose ? DoseReason::pain_rose : DoseReason::not_rated;
            dose.day = last_day_;
        } else {
            dose.reason = changed_ || good_ > 0 ? DoseReason::building : DoseReason::starting;
        }
        return dose;
    }

private:
    void change(int level, DoseReason reason, local_days day, int week)
    {
        const int clamped = std::clamp(level, 0, levels_ - 1);
        previous_.reset();
        if (clamped != level_)
            previous_ = dose_at(step_, level_);
        level_ = clamped;
        change_reason_ = reason;
        change_day_ = day;
        change_week_ = week;
        changed_ = true;
        if (changes_ && previous_)
            changes_->push_back({day, index_, level_, dose_at(step_, level_), reason});
    }

    const Step& step_;
    int index_;
    const Programme& programme_;
    int levels_;
    std::vector<DoseChange>* changes_;
    int level_ = 0;
    int week_ = 0;
    int good_ = 0;
    bool changed_ = false;
    std::optional<Verdict> last_;
    local_days last_day_{};
    DoseReason change_reason_ = DoseReason::starting;
    std::optional<Dose> previous_;
    local_days change_day_{};
    int change_week_ = -1;
};

template <typename Visit>
void replay_steps(const Routine& routine, const Programme& programme,
                  std::span<const SessionRecord> sessions, local_days today,
                  std::vector<DoseChange>* changes, Visit visit)
{
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const Step& step = routine.steps[i];
        if (!step.progression || (step.kind != StepKind::hold && step.kind != StepKind::reps))
            continue;
        Replay replay(step, static_cast<int>(i), programme, changes);
        for (const SessionRecord& session : sessions)
            if (is_evidence(session, programme, today))
                replay.see(session);
        replay.advance_to(programme_week(programme, today));
        visit(replay);
    }
}

} // namespace

Dose written_dose(const Step& step)
{
    return {step.hold_seconds, step.reps, step.sets};
}

int dose_levels(const Step& step)
{
    if (!step.progression)
        return 1;
    const auto first = range_values(moving_first(step));
    const auto sets = range_values(step.progression->sets);
    const auto moves = [](const std::vector<int>& v) { return v.empty() ? 0 : v.size() - 1; };
    return static_cast<int>(moves(first) + moves(sets)) + 1;
}

Dose dose_at(const Step& step, int level)
{
    Dose dose = written_dose(step);
    if (!step.progression)
        return dose;
    level = std::clamp(level, 0, dose_levels(step) - 1);
    const auto first = range_values(moving_first(step));
    const auto sets = range_values(step.progression->sets);
    const int first_moves = first.empty() ? 0 : static_cast<int>(first.size()) - 1;
    if (!first.empty()) {
        const int value = first[static_cast<std::size_t>(std::min(level, first_moves))];
        (step.kind == StepKind::hold ? dose.hold_seconds : dose.reps) = value;
    }
    if (!sets.empty())
        dose.sets = sets[static_cast<std::size_t>(std::max(0, level - first_moves))];
    return dose;
}

Verdict judge(const SessionRecord& session, std::string_view exercise_id)
{
    const bool hurt =
        std::any_of(session.steps.begin(), session.steps.end(), [&](const StepRecord& step) {
            return step.exercise_id == exercise_id && hurt_on(step);
        });
    if (hurt)
        return Verdict::hurt;
    if (!exercise_done_in(session, exercise_id))
        return Verdict::not_done;
    if (!session.pain_before || !session.pain_after)
        return Verdict::not_rated;
    const int rise = *session.pain_after - *session.pain_before;
    return rise >= kPainJump ? Verdict::pain_jump : rise > 0 ? Verdict::pain_rose : Verdict::good;
}

std::vector<StepDose> derive_doses(const Routine& routine, const Programme& programme,
                                   std::span<const SessionRecord> sessions, local_days today)
{
    std::vector<StepDose> doses;
    replay_steps(routine, programme, sessions, today, nullptr,
                 [&](const Replay& replay) { doses.push_back(replay.result()); });
    return doses;
}

std::vector<DoseChange> dose_changes(const Routine& routine, const Programme& programme,
                                     std::span<const SessionRecord> sessions, local_days today)
{
    std::vector<DoseChange> changes;
    replay_steps(routine, programme, sessions, today, &changes, [](const Replay&) {});
    std::stable_sort(changes.begin(), changes.end(),
                     [](const DoseChange& a, const DoseChange& b) { return a.day < b.day; });
    return changes;
}

Routine apply_doses(Routine routine, std::span<const StepDose> doses)
{
    for (const StepDose& dose : doses) {
        if (dose.step_index < 0 || dose.step_index >= static_cast<int>(routine.steps.size()))
            continue;
        Step& step = routine.steps[static_cast<std::size_t>(dose.step_index)];
        step.hold_seconds = dose.dose.hold_seconds;
        step.reps = dose.dose.reps;
        step.sets = dose.dose.sets;
    }
    return routine;
}

} // namespace unknot
