// What the history says about a week, the weeks before it, and each routine. Pure functions over
// session records; history_queries.h reads the records from the store.
//
// A session counts toward the weekly goal when it was completed, or when it had at least a minute
// of exercise before it was stopped or interrupted (kMinimumActiveSeconds). Only counted
// sessions appear in the numbers below; every session still shows in the week's list.
#pragma once

#include "core/history/history_types.h"
#include "core/history/week_math.h"

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace unknot {

inline constexpr double kMinimumActiveSeconds = 60;
inline constexpr int kFallbackWeeklyGoal = 3;

bool counts_toward_goal(const SessionRecord& session);

struct WeekSummary {
    local_days start{}; // the first day of the week
    int goal = kFallbackWeeklyGoal;
    int sessions = 0;
    std::array<int, kDaysPerWeek> per_day{}; // sessions per day; [0] is the first day of the week
    double active_seconds = 0;               // exercise time, without rests
    std::optional<double> pain_before;       // averages over the sessions that have a rating
    std::optional<double> pain_after;
    bool goal_met() const { return sessions >= goal; }
};

// Sessions outside the week starting at `start` are ignored. `goal` is clamped to at least 1.
WeekSummary summarize_week(std::span<const SessionRecord> sessions, local_days start, int goal);

// `weeks` summaries ending with the week that starts at `last_week`, oldest first; weeks
// without sessions are there with zeros.
std::vector<WeekSummary> weekly_trend(std::span<const SessionRecord> sessions, local_days last_week,
                                      int weeks, int goal);
LocalRange trend_range(local_days last_week, int weeks);

// Counted sessions per week, by the first day of the week.
using WeekCounts = std::map<local_days, int>;
WeekCounts count_weeks(std::span<const SessionRecord> sessions, weekday first);
void count_week(WeekCounts& counts, const SessionRecord& session, weekday first); // one more

// Runs of consecutive weeks with at least `goal` sessions. The current streak ends with this
// week when it already meets the goal (a running week counts once it does), else with last week.
// One goal applies to every week: the goal in force now. Changing it re-judges the past, which
// keeps the numbers simple to explain ("weeks with 3 or more sessions in a row").
// Weeks after `this_week` (a clock that was wrong) are ignored.
struct Streaks {
    int current = 0;
    int best = 0;
};
Streaks streaks(const WeekCounts& counts, int goal, local_days this_week);

// The weekly target of a routine, if it is still known.
using WeeklyTargetLookup = std::function<std::optional<int>(const std::string& routine_id)>;
// The weekly target of the routine played most (ties: the one played last); a routine that is no
// longer known gives way to the next; `fallback` when none is known.
int default_weekly_goal(std::span<const SessionRecord> sessions, const WeeklyTargetLookup& lookup,
                        int fallback = kFallbackWeeklyGoal);

struct RoutineStats {
    std::string routine_id;
    std::string title; // as last played
    int sessions = 0;
    double active_seconds = 0; // exercise time, without rests
    local_seconds last_played{};
    std::optional<double> pain_change; // average of (after - before) where both were rated
};
// One entry per routine with counted sessions; most played first (ties: last played first).
std::vector<RoutineStats> routine_stats(std::span<const SessionRecord> sessions);

// default_weekly_goal() from routine_stats() already made.
int default_weekly_goal_from(const std::vector<RoutineStats>& routines,
                             const WeeklyTargetLookup& lookup, int fallback = kFallbackWeeklyGoal);

// routine_stats() a session at a time, for sessions that are not all kept at once.
class RoutineStatsBuilder {
public:
    void add(const SessionRecord& session);
    std::vector<RoutineStats> finish() &&;

private:
    struct Average {
        double sum = 0;
        int count = 0;
    };
    std::vector<RoutineStats> result_;
    std::vector<Average> changes_;
    std::unordered_map<std::string, std::size_t> index_;
};

} // namespace unknot
