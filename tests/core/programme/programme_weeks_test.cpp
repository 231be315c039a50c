// A programme's weeks in local days: status, next practice day, time zones, daylight saving time,
// and the check-in due once.
#include "core/history/history_store.h"
#include "core/programme/programme_weeks.h"
#include "programme_test_support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

TEST_CASE("week 2 of 4, 1 of 3 sessions done, next: Thursday")
{
    const Programme programme = programme_of({"upper-back"}, {Monday, Thursday, Saturday});
    const local_days tuesday = kStart + days{8}; // week 2
    std::vector<SessionRecord> log{
        session_on(kStart, 3, 2, {step_of("a")}),            // week 1
        session_on(kStart + days{7}, 3, 2, {step_of("a")}),  // week 2, Monday
        session_on(kStart + days{8}, 3, 2, {}, "not-in-it"), // another routine
    };
    const ProgrammeStatus status = programme_status(programme, log, tuesday);
    CHECK(status.state == ProgrammeState::running);
    CHECK(status.week == 2);
    CHECK(status.weeks == 4);
    CHECK(status.done == 1);
    CHECK(status.planned == 3);
    REQUIRE(status.next_day);
    CHECK(weekday{*status.next_day} == Thursday);
    CHECK(*status.next_day == kStart + days{10});
}

TEST_CASE("the next practice day is today until a session is done today")
{
    const Programme programme = programme_of();
    const local_days wednesday = kStart + days{2};
    std::vector<SessionRecord> log;
    CHECK(programme_status(programme, log, wednesday).next_day == wednesday);
    log.push_back(session_on(wednesday, 3, 2, {step_of("a")}, "upper-back", 7.5));
    CHECK(programme_status(programme, log, wednesday).next_day == wednesday + days{2});
    SessionRecord short_one = session_on(wednesday, 3, 2, {}, "upper-back", 9);
    short_one.status = SessionStatus::stopped;
    short_one.totals.active_seconds = 20; // does not count toward the goal
    CHECK(programme_status(programme, {&short_one, 1}, wednesday).next_day == wednesday);
}

TEST_CASE("before the start and after the end")
{
    const Programme programme = programme_of();
    const ProgrammeStatus before = programme_status(programme, {}, kStart - days{3});
    CHECK(before.state == ProgrammeState::not_started);
    CHECK(before.next_day == kStart);
    const ProgrammeStatus last = programme_status(programme, {}, kStart + days{27});
    CHECK(last.state == ProgrammeState::running);
    CHECK(last.week == 4);
    CHECK_FALSE(last.next_day); // Sunday of week 4: no practice day left
    const ProgrammeStatus after = programme_status(programme, {}, kStart + days{28});
    CHECK(after.state == ProgrammeState::ended);
    CHECK_FALSE(after.next_day);
    CHECK(programme_week(programme, kStart - days{1}) == -1);
    CHECK(programme_week(programme, kStart + days{28}) == 4);
    CHECK(programme_end(programme) == kStart + days{28});
}

TEST_CASE("a session belongs to the local day it started, in the time zone it was recorded in")
{
    const Programme programme = programme_of({"upper-back"}, {Sunday}, 4);
    // Sunday of week 1, 23:30 in UTC+2: already Monday in UTC+3, still Sunday here.
    const SessionRecord late = session_on(kStart + days{6}, 3, 2, {}, "upper-back", 23.5, 120);
    CHECK(programme_week(programme, session_day(late)) == 0);
    // After flying to New York (UTC-5), 20:00 there is 01:00 UTC on Monday: still Sunday.
    const SessionRecord away = session_on(kStart + days{13}, 3, 2, {}, "upper-back", 20, -300);
    CHECK(programme_week(programme, session_day(away)) == 1);
    const std::vector<SessionRecord> log{late, away};
    CHECK(programme_status(programme, log, kStart + days{6}).done == 1);
    CHECK(programme_status(programme, log, kStart + days{7}).done == 1); // the away one only
    CHECK(programme_status(programme, log, kStart + days{13}).done == 1);
}

TEST_CASE("weeks stay seven local days across a change to daylight saving time")
{
    // Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29 at 02:00.
    const local_days start = date(2026, 3, 23);
    const Programme programme = programme_of({"upper-back"}, {Sunday, Monday}, 4, start);
    const SessionRecord sunday_night =
        session_on(date(2026, 3, 29), 3, 2, {}, "upper-back", 23.75, 120);
    const SessionRecord monday_early =
        session_on(date(2026, 3, 30), 3, 2, {}, "upper-back", 0.5, 120);
    // 00:30 on Monday in UTC+2 is 22:30 UTC on Sunday; it is still week 2's first day.
    CHECK(monday_early.started_at < sys_days{date(2026, 3, 30).time_since_epoch()});
    CHECK(programme_week(programme, session_day(sunday_night)) == 0);
    CHECK(programme_week(programme, session_day(monday_early)) == 1);
    const std::vector<SessionRecord> log{sunday_night, monday_early};
    CHECK(programme_status(programme, log, date(2026, 3, 29)).done == 1);
    CHECK(programme_status(programme, log, date(2026, 3, 30)).done == 1);
    CHECK(programme_status(programme, log, date(2026, 3, 30)).week == 2);
}

TEST_CASE("the check-in is due from the last practice day of week 3")
{
    const Programme programme = programme_of(); // Monday, Wednesday, Friday
    CHECK(check_in_week(programme) == 3);
    CHECK(check_in_day(programme) == kStart + days{18}); // Friday of week 3
    CHECK_FALSE(check_in_due(programme, {}, kStart + days{17}));
    CHECK(check_in_due(programme, {}, kStart + days{18}));
    CHECK(check_in_due(programme, {}, kStart + days{40})); // still, until answered

    const Programme short_one = programme_of({"upper-back"}, {Tuesday}, 2);
    CHECK(check_in_week(short_one) == 2);
    CHECK(check_in_day(short_one) == kStart + days{8});

    CheckIn other;
    other.programme_start = kStart - days{28}; // an earlier programme's
    CHECK(check_in_due(programme, {&other, 1}, kStart + days{18}));
}

TEST_CASE("over four simulated weeks the check-in comes up exactly once, and is kept")
{
    const TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    REQUIRE(opened.store);
    HistoryStore& store = *opened.store;
    const Programme programme = programme_of();
    std::vector<local_days> asked;
    for (local_days today = kStart; today < programme_end(programme) + days{7}; today += days{1}) {
        // Opened twice a day: the question is asked the first time it is due, and answered.
        for (int opening = 0; opening < 2; ++opening) {
            const auto answered = store.check_ins();
            REQUIRE(answered.ok());
            if (!check_in_due(programme, answered.value, today))
                continue;
            asked.push_back(today);
            CheckIn answer{.id = 0,
                           .programme_start = programme.start,
                           .week = check_in_week(programme),
                           .answer = CheckInAnswer::same,
                           .answered_at = sys_days{today.time_since_epoch()} + hours{17},
                           .utc_offset_minutes = 60};
            CHECK(store.add_check_in(answer).value);
        }
    }
    CHECK(asked == std::vector<local_days>{kStart + days{18}});
    const auto kept = store.check_ins();
    REQUIRE(kept.value.size() == 1);
    CHECK(kept.value[0].answer == CheckInAnswer::same);
    CHECK(kept.value[0].programme_start == kStart);
    CHECK(kept.value[0].week == 3);
}
