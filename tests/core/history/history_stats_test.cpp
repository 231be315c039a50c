#include "core/history/history_stats.h"
#include "history_stats_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;
using namespace std::chrono;

namespace {

constexpr local_days kMonday = local_days{2024y / June / 17};

local_days week(int n) // the nth Monday-first week after kMonday (negative: before)
{
    return kMonday + days{7 * n};
}

// `count` completed sessions in week n, on consecutive days from its first day.
void add_sessions(std::vector<SessionRecord>& sessions, int n, int count)
{
    for (int i = 0; i < count; ++i)
        sessions.push_back(session_at(week(n) + days{i}, 18h, 120));
}

WeekCounts counts_of(const std::vector<SessionRecord>& sessions)
{
    return count_weeks(sessions, Monday);
}

} // namespace

TEST_CASE("sessions count toward the goal when completed or with a minute of exercise",
          "[history_stats]")
{
    const local_days d = kMonday;
    CHECK(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::completed, 0)));
    CHECK(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::stopped, 60)));
    CHECK(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::interrupted, 300)));
    CHECK_FALSE(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::stopped, 59)));
    CHECK_FALSE(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::interrupted, 0)));
    CHECK_FALSE(counts_toward_goal(session_at(d, 8h, 0, SessionStatus::in_progress, 10)));
}

TEST_CASE("an empty week has no sessions, no minutes and no pain averages", "[history_stats]")
{
    const WeekSummary summary = summarize_week({}, kMonday, 3);
    CHECK(summary.start == kMonday);
    CHECK(summary.sessions == 0);
    CHECK(summary.goal == 3);
    CHECK_FALSE(summary.goal_met());
    CHECK(summary.per_day == std::array<int, 7>{});
    CHECK(summary.active_seconds == 0);
    CHECK_FALSE(summary.pain_before);
    CHECK_FALSE(summary.pain_after);
}

TEST_CASE("a week's summary: days, minutes and pain before and after", "[history_stats]")
{
    const std::vector<SessionRecord> sessions{
        with_pain(session_at(kMonday - days{1}, 9h), 9, 9), // the week before
        with_pain(session_at(kMonday, 7h, 120, SessionStatus::completed, 600), 6, 3),
        with_pain(session_at(kMonday, 19h, 120, SessionStatus::stopped, 300), 5, 4),
        session_at(kMonday + days{3}, 8h, 120, SessionStatus::completed, 900), // not rated
        with_pain(session_at(kMonday + days{4}, 8h, 120, SessionStatus::stopped, 20), 10, 10),
        with_pain(session_at(kMonday + days{7}, 9h), 9, 9), // the week after
    };
    const WeekSummary summary = summarize_week(sessions, kMonday, 3);
    CHECK(summary.sessions == 3);
    CHECK(summary.goal_met());
    CHECK(summary.per_day == std::array<int, 7>{2, 0, 0, 1, 0, 0, 0});
    CHECK(summary.active_seconds == Approx(1800));
    REQUIRE(summary.pain_before);
    CHECK(*summary.pain_before == Approx(5.5));
    REQUIRE(summary.pain_after);
    CHECK(*summary.pain_after == Approx(3.5));
}

TEST_CASE("with weeks from Sunday, a Sunday session is the first day of the next week",
          "[history_stats]")
{
    const std::vector<SessionRecord> sessions{session_at(kMonday + days{6}, 10h)};
    const WeekSummary monday_first = summarize_week(sessions, kMonday, 3);
    CHECK(monday_first.per_day[6] == 1);
    const WeekSummary sunday_first = summarize_week(sessions, kMonday + days{6}, 3);
    CHECK(sunday_first.per_day[0] == 1);
    CHECK(count_weeks(sessions, Sunday).begin()->first == kMonday + days{6});
    CHECK(count_weeks(sessions, Monday).begin()->first == kMonday);
}

TEST_CASE("a goal below one is taken as one", "[history_stats]")
{
    CHECK(summarize_week({}, kMonday, 0).goal == 1);
}

TEST_CASE("streaks: no sessions, no streak", "[history_stats]")
{
    const Streaks s = streaks({}, 3, week(0));
    CHECK(s.current == 0);
    CHECK(s.best == 0);
}

TEST_CASE("streaks: the running week counts once it meets the goal", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, -2, 3);
    add_sessions(sessions, -1, 4);
    add_sessions(sessions, 0, 2); // this week, not there yet
    CHECK(streaks(counts_of(sessions), 3, week(0)).current == 2);
    CHECK(streaks(counts_of(sessions), 3, week(0)).best == 2);
    add_sessions(sessions, 0, 1);
    CHECK(streaks(counts_of(sessions), 3, week(0)).current == 3);
    CHECK(streaks(counts_of(sessions), 3, week(0)).best == 3);
}

TEST_CASE("streaks: a week short of the goal or an empty week ends a run", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, -9, 3); // best run: -9..-6
    add_sessions(sessions, -8, 3);
    add_sessions(sessions, -7, 5);
    add_sessions(sessions, -6, 3);
    add_sessions(sessions, -5, 2); // short
    add_sessions(sessions, -4, 3); // run of two: -4, -3
    add_sessions(sessions, -3, 3);
    // -2 empty
    add_sessions(sessions, -1, 3);
    const Streaks s = streaks(counts_of(sessions), 3, week(0));
    CHECK(s.best == 4);
    CHECK(s.current == 1); // last week; this week has nothing yet
    CHECK(streaks(counts_of(sessions), 3, week(1)).current == 0); // a week later: over
}

TEST_CASE("streaks: the goal in force judges every week", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, -3, 2);
    add_sessions(sessions, -2, 3);
    add_sessions(sessions, -1, 2);
    CHECK(streaks(counts_of(sessions), 3, week(0)).current == 0);
    CHECK(streaks(counts_of(sessions), 3, week(0)).best == 1);
    CHECK(streaks(counts_of(sessions), 2, week(0)).current == 3);
    CHECK(streaks(counts_of(sessions), 2, week(0)).best == 3);
    CHECK(streaks(counts_of(sessions), 4, week(0)).best == 0);
}

TEST_CASE("streaks: sessions dated after this week are ignored", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, -1, 3);
    add_sessions(sessions, 2, 3);
    const Streaks s = streaks(counts_of(sessions), 3, week(0));
    CHECK(s.current == 1);
    CHECK(s.best == 1);
}

TEST_CASE("streaks: uncounted sessions do not make a week", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, 0, 2);
    sessions.push_back(session_at(week(0) + days{5}, 8h, 0, SessionStatus::stopped, 10));
    CHECK(streaks(counts_of(sessions), 3, week(0)).current == 0);
}

TEST_CASE("the default goal is the weekly target of the routine played most", "[history_stats]")
{
    const std::map<std::string, int> targets{{"a", 4}, {"b", 2}, {"c", 5}};
    const WeeklyTargetLookup lookup = [&](const std::string& id) -> std::optional<int> {
        const auto it = targets.find(id);
        return it == targets.end() ? std::nullopt : std::optional<int>(it->second);
    };
    std::vector<SessionRecord> sessions{
        with_routine(session_at(kMonday, 8h), "a"), with_routine(session_at(kMonday, 9h), "b"),
        with_routine(session_at(kMonday, 10h), "b"),
        with_routine(session_at(kMonday, 11h, 0, SessionStatus::stopped, 5), "a"), // not counted
        with_routine(session_at(kMonday, 12h, 0, SessionStatus::stopped, 5), "a")};
    CHECK(default_weekly_goal(sessions, lookup) == 2);
    // A tie goes to the routine played last.
    sessions.push_back(with_routine(session_at(kMonday, 13h), "a"));
    CHECK(default_weekly_goal(sessions, lookup) == 4);
    // A routine that is no longer known gives way to the next.
    sessions.push_back(with_routine(session_at(kMonday + days{1}, 8h), "gone"));
    sessions.push_back(with_routine(session_at(kMonday + days{1}, 9h), "gone"));
    sessions.push_back(with_routine(session_at(kMonday + days{1}, 10h), "gone"));
    CHECK(default_weekly_goal(sessions, lookup) == 4);
    CHECK(default_weekly_goal({}, lookup) == kFallbackWeeklyGoal);
    CHECK(default_weekly_goal(sessions, nullptr, 2) == 2);
}

TEST_CASE("per routine: sessions, active minutes, last played and the average change in pain",
          "[history_stats]")
{
    const std::vector<SessionRecord> sessions{
        with_pain(with_routine(session_at(kMonday, 8h, 120, SessionStatus::completed, 600), "a",
                               "Old title"),
                  6, 3),
        with_pain(
            with_routine(session_at(kMonday + days{2}, 8h, 120, SessionStatus::completed, 480), "a",
                         "New title"),
            5, 4),
        with_pain(with_routine(session_at(kMonday + days{1}, 8h), "a", "Middle title"), 5, {}),
        with_routine(session_at(kMonday + days{3}, 8h), "b"),
        with_routine(session_at(kMonday + days{4}, 8h, 0, SessionStatus::stopped, 3), "c"),
    };
    const std::vector<RoutineStats> stats = routine_stats(sessions);
    REQUIRE(stats.size() == 2);
    CHECK(stats[0].routine_id == "a");
    CHECK(stats[0].title == "New title");
    CHECK(stats[0].sessions == 3);
    CHECK(stats[0].active_seconds == Approx(600 + 480 + 600));
    CHECK(stats[0].last_played == sessions[1].local_start());
    REQUIRE(stats[0].pain_change);
    CHECK(*stats[0].pain_change == Approx(-2.0));
    CHECK(stats[1].routine_id == "b");
    CHECK_FALSE(stats[1].pain_change);
}

TEST_CASE("the trend has one entry per week, oldest first, empty weeks included", "[history_stats]")
{
    std::vector<SessionRecord> sessions;
    add_sessions(sessions, -12, 5); // just before the 12 weeks
    add_sessions(sessions, -11, 2);
    add_sessions(sessions, -3, 4);
    sessions.push_back(with_pain(session_at(week(0), 7h), 7, 2));
    sessions.push_back(with_pain(session_at(week(0) + days{1}, 7h), 6, 5));
    add_sessions(sessions, 1, 3); // after
    const std::vector<WeekSummary> trend = weekly_trend(sessions, week(0), 12, 3);
    REQUIRE(trend.size() == 12);
    CHECK(trend.front().start == week(-11));
    CHECK(trend.back().start == week(0));
    CHECK(trend[0].sessions == 2);
    CHECK(trend[8].sessions == 4);
    CHECK(trend[8].goal_met());
    CHECK(trend[5].sessions == 0);
    CHECK(trend[11].sessions == 2);
    CHECK(trend[11].active_seconds == Approx(1200));
    REQUIRE(trend[11].pain_after);
    CHECK(*trend[11].pain_after == Approx(3.5));
    const LocalRange range = trend_range(week(0), 12);
    CHECK(range.from == local_seconds{week(-11)});
    CHECK(range.to == local_seconds{week(1)});
}
