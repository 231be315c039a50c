// The history page's reads: what the store holds, turned into the numbers of history_stats.h.
// Every read goes through an index (the local start time of sessions, the session of steps).
#pragma once

#include "core/history/exercise_stats.h"
#include "core/history/history_stats.h"
#include "core/history/history_store.h"

namespace unknot {

// What the whole history says, read once when the page opens (sessions without their steps).
struct HistoryOverview {
    int total_sessions = 0; // every session, counted or not
    WeekCounts week_counts;
    std::vector<RoutineStats> routines;
    int default_goal = kFallbackWeeklyGoal;
};

StoreResult<HistoryOverview> load_overview(const HistoryStore& store, weekday first,
                                           const WeeklyTargetLookup& lookup);

// How each exercise is going over the whole history.
StoreResult<std::vector<ExerciseStats>> load_exercise_stats(const HistoryStore& store);

// One week: all of its sessions (with steps when asked), oldest first, and its summary.
struct WeekReport {
    std::vector<SessionRecord> sessions;
    WeekSummary summary;
};

StoreResult<WeekReport> load_week(const HistoryStore& store, local_days start, int goal,
                                  bool with_steps = true);

StoreResult<std::vector<WeekSummary>> load_trend(const HistoryStore& store, local_days last_week,
                                                 int weeks, int goal);

} // namespace unknot
