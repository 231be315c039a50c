#include "core/history/history_queries.h"
#include "history_stats_support.h"
#include "history_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;
using namespace std::chrono;

namespace {

constexpr local_days kJune24 = local_days{2024y / June / 24}; // a Monday

// Records a finished session that started at a local time with the offset of that moment.
std::int64_t record(HistoryStore& store, local_days day, minutes time_of_day, int offset,
                    const std::string& routine = "desk-reset", int steps = 2)
{
    const SessionRecord s = with_routine(session_at(day, time_of_day, offset), routine);
    SessionStart start;
    start.routine_id = s.routine_id;
    start.routine_title = s.routine_title;
    start.snapshot = "{}";
    start.started_at = s.started_at;
    start.utc_offset_minutes = offset;
    start.pain_before = 6;
    const auto id = store.begin_session(start);
    REQUIRE(id.ok());
    for (int i = 0; i < steps; ++i)
        REQUIRE(store.add_step(id.value,
                               sample_step(i, s.started_at.time_since_epoch().count() + 60 * i),
                               {60.0 * (i + 1), 0}));
    SessionEnd end;
    end.ended_at = s.started_at + 10min;
    end.totals = {600, 60};
    end.pain_after = 3;
    REQUIRE(store.finish_session(id.value, end));
    return id.value;
}

// Every row of EXPLAIN QUERY PLAN, joined by " | ".
std::string query_plan(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    const std::string explain = "EXPLAIN QUERY PLAN " + sql;
    REQUIRE(sqlite3_prepare_v2(db, explain.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    std::string plan;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        plan += std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3))) + " | ";
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return plan;
}

} // namespace

TEST_CASE("a week read from the store holds the sessions of its local days", "[history_queries]")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    record(*store, kJune24 - days{1}, 23h + 30min, 120);             // Sunday before: not this week
    const auto berlin = record(*store, kJune24 + days{6}, 22h, 120); // Sunday 22:00 +02:00
    const auto new_york = record(*store, kJune24 + days{6}, 21h, -240); // Monday 01:00 UTC
    const auto tokyo = record(*store, kJune24 + days{7}, 7h, 540); // Sunday 22:00 UTC: next week
    const auto monday = record(*store, kJune24, 30min, 120);       // Sunday 22:30 UTC

    const auto week = load_week(*store, kJune24, 3);
    REQUIRE(week.ok());
    std::vector<std::int64_t> ids;
    for (const SessionRecord& s : week.value.sessions)
        ids.push_back(s.id);
    CHECK(ids == std::vector<std::int64_t>{monday, berlin, new_york});
    CHECK(week.value.sessions.front().steps.size() == 2);
    CHECK(week.value.summary.sessions == 3);
    CHECK(week.value.summary.per_day == std::array<int, 7>{1, 0, 0, 0, 0, 0, 2});
    CHECK(week.value.summary.goal_met());

    const auto next = load_week(*store, kJune24 + days{7}, 3, false);
    REQUIRE(next.ok());
    REQUIRE(next.value.sessions.size() == 1);
    CHECK(next.value.sessions.front().id == tokyo);
    CHECK(next.value.sessions.front().steps.empty());
}

TEST_CASE("the overview counts weeks, routines and the default goal", "[history_queries]")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    record(*store, kJune24 - days{7}, 8h, 120, "a");
    record(*store, kJune24 - days{6}, 8h, 120, "a");
    record(*store, kJune24, 8h, 120, "b");
    const WeeklyTargetLookup lookup = [](const std::string& id) {
        return id == "a" ? std::optional<int>(4) : std::optional<int>(2);
    };
    const auto overview = load_overview(*store, Monday, lookup);
    REQUIRE(overview.ok());
    CHECK(overview.value.total_sessions == 3);
    CHECK(overview.value.week_counts == WeekCounts{{kJune24 - days{7}, 2}, {kJune24, 1}});
    REQUIRE(overview.value.routines.size() == 2);
    CHECK(overview.value.routines[0].routine_id == "a");
    CHECK(overview.value.default_goal == 4);

    const auto trend = load_trend(*store, kJune24, 12, 2);
    REQUIRE(trend.ok());
    REQUIRE(trend.value.size() == 12);
    CHECK(trend.value[10].sessions == 2);
    CHECK(trend.value[10].goal_met());
    CHECK(trend.value[11].sessions == 1);
    REQUIRE(trend.value[11].pain_after);
    CHECK(*trend.value[11].pain_after == 3);
}

TEST_CASE("an empty history reads as empty weeks", "[history_queries]")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    const auto overview = load_overview(*store, Sunday, nullptr);
    REQUIRE(overview.ok());
    CHECK(overview.value.total_sessions == 0);
    CHECK(overview.value.default_goal == kFallbackWeeklyGoal);
    const auto week = load_week(*store, kJune24, overview.value.default_goal);
    REQUIRE(week.ok());
    CHECK(week.value.sessions.empty());
    CHECK(week.value.summary.sessions == 0);
}

// The store's queries for a week and for its steps, as history_rows.cpp builds them: both must
// search an index, never scan a whole table, or ten years of history make every week slow.
TEST_CASE("week queries use the indexes", "[history_queries]")
{
    TempDir dir;
    const fs::path path = dir / "history.sqlite3";
    {
        auto store = open_ok(path);
        for (int i = 0; i < 20; ++i)
            record(*store, kJune24 + days{i}, 8h, 120);
    }
    const std::string week_filter = "started_local >= ?1 AND started_local < ?2";
    const std::string sessions_plan =
        query_plan(path, "SELECT id, routine_id, notes FROM sessions WHERE " + week_filter +
                             " ORDER BY started_at, id");
    INFO(sessions_plan);
    CHECK(sessions_plan.find("USING INDEX sessions_by_local_start") != std::string::npos);
    CHECK(sessions_plan.find("SCAN sessions") == std::string::npos);

    const std::string steps_plan = query_plan(
        path, "SELECT exercise_name FROM steps WHERE session_id IN (SELECT id FROM sessions "
              "WHERE " +
                  week_filter + ") ORDER BY session_id, position");
    INFO(steps_plan);
    CHECK(steps_plan.find("SCAN steps") == std::string::npos);
    CHECK(steps_plan.find("SCAN sessions") == std::string::npos);
    CHECK(steps_plan.find("SEARCH steps USING INDEX") != std::string::npos);
}
