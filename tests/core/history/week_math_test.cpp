#include "core/history/history_stats.h"
#include "core/history/week_math.h"
#include "history_stats_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;
using namespace std::chrono;

namespace {

constexpr local_days on(year_month_day date)
{
    return local_days{date};
}

} // namespace

TEST_CASE("weeks start on the day asked for", "[week_math]")
{
    const local_days wednesday = on(2024y / June / 19);
    CHECK(week_start(wednesday, Monday) == on(2024y / June / 17));
    CHECK(week_start(wednesday, Sunday) == on(2024y / June / 16));
    CHECK(week_start(wednesday, Saturday) == on(2024y / June / 15));
    const local_days sunday = on(2024y / June / 23);
    CHECK(week_start(sunday, Monday) == on(2024y / June / 17));
    CHECK(week_start(sunday, Sunday) == sunday);
    CHECK(day_in_week(sunday, Monday) == 6);
    CHECK(day_in_week(sunday, Sunday) == 0);
    CHECK(day_in_week(wednesday, Monday) == 2);
}

TEST_CASE("weeks before 1970 start on the right day too", "[week_math]")
{
    CHECK(week_start(on(1969y / December / 31), Monday) == on(1969y / December / 29));
}

TEST_CASE("a session belongs to the day it started, even across midnight", "[week_math]")
{
    // Sunday 23:50 to Monday 00:30: the Sunday, and with Monday-first weeks the old week.
    SessionRecord late = session_at(on(2024y / June / 23), 23h + 50min, 120);
    late.ended_at = late.started_at + 40min;
    CHECK(session_day(late) == on(2024y / June / 23));
    CHECK(session_week(late, Monday) == on(2024y / June / 17));
    CHECK(session_week(late, Sunday) == on(2024y / June / 23));

    const std::vector<SessionRecord> sessions{late};
    CHECK(summarize_week(sessions, on(2024y / June / 17), 3).sessions == 1);
    CHECK(summarize_week(sessions, on(2024y / June / 24), 3).sessions == 0);
}

TEST_CASE("spring forward: a session belongs to its local week with the offset of the moment",
          "[week_math]")
{
    // Berlin, 31 March 2024: 02:00 +01:00 becomes 03:00 +02:00.
    const SessionRecord before = session_at(on(2024y / March / 31), 1h + 30min, 60);
    const SessionRecord after = session_at(on(2024y / March / 31), 3h + 30min, 120);
    CHECK(after.started_at - before.started_at == 1h); // two wall-clock hours, one real hour
    CHECK(session_day(before) == session_day(after));
    // Monday 00:30 +02:00 is still Sunday in UTC and in the winter offset; it is Monday here.
    const SessionRecord monday = session_at(on(2024y / April / 1), 30min, 120);
    CHECK(floor<days>(monday.started_at) == sys_days{2024y / March / 31});
    CHECK(session_week(monday, Monday) == on(2024y / April / 1));
    CHECK(session_week(after, Monday) == on(2024y / March / 25));
}

TEST_CASE("fall back: the repeated hour stays on its day and in order", "[week_math]")
{
    // Berlin, 27 October 2024: 03:00 +02:00 becomes 02:00 +01:00; 02:30 happens twice.
    const SessionRecord first = session_at(on(2024y / October / 27), 2h + 30min, 120);
    const SessionRecord second = session_at(on(2024y / October / 27), 2h + 30min, 60);
    CHECK(second.started_at - first.started_at == 1h);
    CHECK(first.local_start() == second.local_start());
    CHECK(session_week(first, Monday) == on(2024y / October / 21));
    // Monday 00:15 +01:00 is Sunday 23:15 UTC: the new week.
    const SessionRecord monday = session_at(on(2024y / October / 28), 15min, 60);
    CHECK(session_week(monday, Monday) == on(2024y / October / 28));
    const std::vector<SessionRecord> sessions{first, second, monday};
    const WeekSummary week = summarize_week(sessions, on(2024y / October / 21), 3);
    CHECK(week.sessions == 2);
    CHECK(week.per_day[6] == 2);
}

TEST_CASE("a change of time zone between sessions keeps each on its local day", "[week_math]")
{
    // Sunday 22:00 in Berlin, then Monday 07:00 in Tokyo, which is earlier on the UTC clock's day.
    const SessionRecord berlin = session_at(on(2024y / June / 30), 22h, 120);
    const SessionRecord tokyo = session_at(on(2024y / July / 1), 7h, 540);
    CHECK(tokyo.started_at - berlin.started_at == 2h);
    CHECK(session_week(berlin, Monday) == on(2024y / June / 24));
    CHECK(session_week(tokyo, Monday) == on(2024y / July / 1));
    // Sunday 21:00 in New York is Monday in UTC; it stays on the Sunday.
    const SessionRecord new_york = session_at(on(2024y / June / 30), 21h, -240);
    CHECK(floor<days>(new_york.started_at) == sys_days{2024y / July / 1});
    CHECK(session_week(new_york, Monday) == on(2024y / June / 24));

    const std::vector<SessionRecord> sessions{berlin, tokyo, new_york};
    CHECK(summarize_week(sessions, on(2024y / June / 24), 3).sessions == 2);
    CHECK(summarize_week(sessions, on(2024y / July / 1), 3).sessions == 1);
}

TEST_CASE("week ranges cover seven local days from midnight", "[week_math]")
{
    const LocalRange range = week_range(on(2024y / June / 17));
    CHECK(range.from == local_seconds{on(2024y / June / 17)});
    CHECK(range.to - range.from == days{7});
}

TEST_CASE("times are written in ISO 8601 with the offset of the session", "[week_math]")
{
    const sys_seconds t = sys_days{2024y / June / 17} + 8h + 5min + 9s;
    CHECK(iso8601(t, 0) == "2024-06-17T08:05:09+00:00");
    CHECK(iso8601(t, 120) == "2024-06-17T10:05:09+02:00");
    CHECK(iso8601(t, 330) == "2024-06-17T13:35:09+05:30");
    CHECK(iso8601(t, -570) == "2024-06-16T22:35:09-09:30");
    CHECK(iso8601(t, -30) == "2024-06-17T07:35:09-00:30");
}
