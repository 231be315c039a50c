#include "core/history/exercise_stats.h"

#include <algorithm>
#include <map>

namespace unknot {

namespace {

bool hurt(StepOutcome outcome)
{
    return outcome == StepOutcome::stopped_for_pain;
}

struct Tally {
    ExerciseStats stats;
    double pain_change_sum = 0;
    std::int64_t last_session = -1; // the session whose steps are being counted
    bool done_in_last = false;
};

void count_step(Tally& tally, const ExerciseStep& step)
{
    tally.stats.name = step.exercise_name;
    if (hurt(step.outcome))
        ++tally.stats.hurt_stops;
    SideCompletion* side = step.side == StepSide::left    ? &tally.stats.left
                           : step.side == StepSide::right ? &tally.stats.right
                                                          : nullptr;
    if (!side)
        return;
    tally.stats.sided = true;
    ++side->recorded;
    if (step.outcome == StepOutcome::done)
        ++side->done;
}

// Counts the session once, the first time one of its steps of the exercise was done.
void count_session(Tally& tally, const ExerciseStep& step, const SessionPain* pain)
{
    if (tally.last_session != step.session_id) {
        tally.last_session = step.session_id;
        tally.done_in_last = false;
    }
    if (step.outcome != StepOutcome::done || tally.done_in_last)
        return;
    tally.done_in_last = true;
    ++tally.stats.sessions;
    if (pain && pain->before && pain->after) {
        ++tally.stats.rated_sessions;
        tally.pain_change_sum += *pain->after - *pain->before;
    }
}

const SessionPain* pain_of(const ExerciseLog& log, std::int64_t session_id)
{
    const auto it =
        std::lower_bound(log.sessions.begin(), log.sessions.end(), session_id,
                         [](const SessionPain& p, std::int64_t id) { return p.session_id < id; });
    return it != log.sessions.end() && it->session_id == session_id ? &*it : nullptr;
}

} // namespace

bool hurt_on(const StepRecord& step)
{
    return hurt(step.outcome);
}

bool exercise_done_in(const SessionRecord& session, std::string_view exercise_id)
{
    return std::any_of(session.steps.begin(), session.steps.end(), [&](const StepRecord& step) {
        return step.exercise_id == exercise_id && step.outcome == StepOutcome::done;
    });
}

ExerciseLog exercise_log_of(std::span<const SessionRecord> sessions)
{
    ExerciseLog log;
    for (const SessionRecord& session : sessions) {
        log.sessions.push_back({session.id, session.pain_before, session.pain_after});
        for (const StepRecord& step : session.steps)
            if (!step.exercise_id.empty() && step.kind != StepKind::timed)
                log.steps.push_back(
                    {session.id, step.exercise_id, step.exercise_name, step.side, step.outcome});
    }
    std::sort(
        log.sessions.begin(), log.sessions.end(),
        [](const SessionPain& a, const SessionPain& b) { return a.session_id < b.session_id; });
    return log;
}

std::vector<ExerciseStats> exercise_stats(std::span<const SessionRecord> sessions)
{
    return exercise_stats(exercise_log_of(sessions));
}

std::vector<ExerciseStats> exercise_stats(const ExerciseLog& log)
{
    const auto by_session = [](const ExerciseStep& a, const ExerciseStep& b) {
        return a.session_id < b.session_id;
    };
    if (!std::is_sorted(log.steps.begin(), log.steps.end(), by_session)) {
        ExerciseLog sorted = log;
        std::stable_sort(sorted.steps.begin(), sorted.steps.end(), by_session);
        return exercise_stats(sorted);
    }
    std::map<std::string, Tally, std::less<>> tallies;
    std::int64_t session = -1;
    const SessionPain* pain = nullptr;
    for (const ExerciseStep& step : log.steps) {
        if (step.session_id != session) {
            session = step.session_id;
            pain = pain_of(log, session);
        }
        auto it = tallies.find(step.exercise_id);
        if (it == tallies.end()) {
            it = tallies.emplace(step.exercise_id, Tally{}).first;
            it->second.stats.exercise_id = step.exercise_id;
        }
        count_step(it->second, step);
        count_session(it->second, step, pain);
    }
    std::vector<ExerciseStats> result;
    result.reserve(tallies.size());
    for (auto& [id, tally] : tallies) {
        if (tally.stats.rated_sessions > 0)
            tally.stats.pain_change = tally.pain_change_sum / tally.stats.rated_sessions;
        result.push_back(std::move(tally.stats));
    }
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.sessions != b.sessions ? a.sessions > b.sessions : a.name < b.name;
    });
    return result;
}

} // namespace unknot
