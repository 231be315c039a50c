#include "core/history/exercise_stats.h"

#include <algorithm>
#include <map>

namespace unknot {

namespace {

struct Tally {
    ExerciseStats stats;
    double pain_change_sum = 0;
};

void count_step(Tally& tally, const StepRecord& step)
{
    tally.stats.name = step.exercise_name;
    if (hurt_on(step))
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

void count_session(Tally& tally, const SessionRecord& session)
{
    ++tally.stats.sessions;
    if (session.pain_before && session.pain_after) {
        ++tally.stats.rated_sessions;
        tally.pain_change_sum += *session.pain_after - *session.pain_before;
    }
}

} // namespace

bool hurt_on(const StepRecord& step)
{
    return step.outcome == StepOutcome::stopped_for_pain;
}

bool exercise_done_in(const SessionRecord& session, std::string_view exercise_id)
{
    return std::any_of(session.steps.begin(), session.steps.end(), [&](const StepRecord& step) {
        return step.exercise_id == exercise_id && step.outcome == StepOutcome::done;
    });
}

std::vector<ExerciseStats> exercise_stats(std::span<const SessionRecord> sessions)
{
    std::map<std::string, Tally, std::less<>> tallies;
    for (const SessionRecord& session : sessions) {
        std::map<std::string_view, bool> done_here; // exercise -> done at least once
        for (const StepRecord& step : session.steps) {
            if (step.exercise_id.empty() || step.kind == StepKind::timed)
                continue;
            Tally& tally = tallies[step.exercise_id];
            tally.stats.exercise_id = step.exercise_id;
            count_step(tally, step);
            done_here[step.exercise_id] |= step.outcome == StepOutcome::done;
        }
        for (const auto& [id, done] : done_here)
            if (done)
                count_session(tallies.find(id)->second, session);
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
