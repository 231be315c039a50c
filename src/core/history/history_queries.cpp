#include "core/history/history_queries.h"

namespace unknot {

StoreResult<HistoryOverview> load_overview(const HistoryStore& store, weekday first,
                                           const WeeklyTargetLookup& lookup)
{
    StoreResult<HistoryOverview> result;
    HistoryOverview& overview = result.value;
    RoutineStatsBuilder routines;
    result.status = store.visit_sessions([&](const SessionRecord& s) {
        ++overview.total_sessions;
        count_week(overview.week_counts, s, first);
        routines.add(s);
    });
    if (!result.ok())
        return {{}, result.status};
    overview.routines = std::move(routines).finish();
    overview.default_goal = default_weekly_goal_from(overview.routines, lookup);
    return result;
}

StoreResult<std::vector<ExerciseStats>> load_exercise_stats(const HistoryStore& store)
{
    auto log = store.exercise_log();
    StoreResult<std::vector<ExerciseStats>> result{{}, log.status};
    if (log.ok())
        result.value = exercise_stats(log.value);
    return result;
}

StoreResult<WeekReport> load_week(const HistoryStore& store, local_days start, int goal,
                                  bool with_steps)
{
    const LocalRange range = week_range(start);
    auto sessions = store.sessions_between_local(range.from, range.to, {.with_steps = with_steps});
    StoreResult<WeekReport> result{{}, sessions.status};
    if (!sessions.ok())
        return result;
    result.value.summary = summarize_week(sessions.value, start, goal);
    result.value.sessions = std::move(sessions.value);
    return result;
}

StoreResult<std::vector<WeekSummary>> load_trend(const HistoryStore& store, local_days last_week,
                                                 int weeks, int goal)
{
    const LocalRange range = trend_range(last_week, weeks);
    auto sessions = store.sessions_between_local(range.from, range.to, {.with_steps = false});
    StoreResult<std::vector<WeekSummary>> result{{}, sessions.status};
    if (sessions.ok())
        result.value = weekly_trend(sessions.value, last_week, weeks, goal);
    return result;
}

} // namespace unknot
