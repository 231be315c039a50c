#include "core/reminders/reminder_schedule.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace std::chrono;

namespace {

// A zone like Berlin in 2024: UTC+1, UTC+2 from 31 March 01:00 UTC to 27 October 01:00 UTC.
constexpr sys_seconds kSpring = sys_days{2024y / March / 31} + 1h;
constexpr sys_seconds kAutumn = sys_days{2024y / October / 27} + 1h;

minutes offset(sys_seconds t)
{
    return t >= kSpring && t < kAutumn ? 120min : 60min;
}

TimeZone berlin()
{
    return {[](local_seconds l) {
                const sys_seconds summer{l.time_since_epoch() - 120min};
                const sys_seconds winter{l.time_since_epoch() - 60min};
                if (offset(summer) == 120min)
                    return summer; // the earlier of two, when the time happens twice
                if (offset(winter) == 60min)
                    return winter;
                return winter; // skipped: as if the clock had not changed yet (02:30 is 03:30)
            },
            [](sys_seconds t) { return local_seconds{t.time_since_epoch() + offset(t)}; }};
}

sys_seconds berlin_time(year_month_day day, hours h, minutes m = 0min)
{
    return berlin().to_utc(local_days{day} + h + m);
}

const HasSession no_sessions = [](local_days) { return false; };

ReminderPlan mon_wed_fri_at_six()
{
    ReminderPlan plan;
    plan.days = {true, false, true, false, true, false, false};
    plan.minutes = 18 * 60;
    return plan;
}

// 2024-06-17 is a Monday.
constexpr year_month_day kMonday = 2024y / June / 17;
constexpr year_month_day kWednesday = 2024y / June / 19;

} // namespace

TEST_CASE("the next reminder is today's when its time is still ahead", "[reminder]")
{
    const auto next =
        next_reminder(mon_wed_fri_at_six(), berlin_time(kMonday, 10h), berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == berlin_time(kMonday, 18h));
    CHECK(*next == sys_days{kMonday} + 16h); // 18:00 in summer time is 16:00 UTC
}

TEST_CASE("at or after today's time the next reminder is the next practice day", "[reminder]")
{
    for (const auto now : {berlin_time(kMonday, 18h), berlin_time(kMonday, 21h, 30min)}) {
        const auto next = next_reminder(mon_wed_fri_at_six(), now, berlin(), no_sessions);
        REQUIRE(next);
        CHECK(*next == berlin_time(kWednesday, 18h));
    }
}

TEST_CASE("from Friday evening the next reminder is Monday", "[reminder]")
{
    const auto next = next_reminder(mon_wed_fri_at_six(), berlin_time(2024y / June / 21, 19h),
                                    berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == berlin_time(2024y / June / 24, 18h));
}

TEST_CASE("a day that already has a session gets no reminder", "[reminder]")
{
    const local_days monday{kMonday};
    const HasSession practised_monday = [monday](local_days day) { return day == monday; };
    const auto next =
        next_reminder(mon_wed_fri_at_six(), berlin_time(kMonday, 9h), berlin(), practised_monday);
    REQUIRE(next);
    CHECK(*next == berlin_time(kWednesday, 18h));
}

TEST_CASE("no chosen day means no reminder", "[reminder]")
{
    ReminderPlan plan;
    CHECK_FALSE(plan.any_day());
    CHECK_FALSE(next_reminder(plan, berlin_time(kMonday, 9h), berlin(), no_sessions));
}

TEST_CASE("reminders keep their local time across the clock changes", "[reminder]")
{
    ReminderPlan sundays;
    sundays.days[6] = true;
    sundays.minutes = 18 * 60;
    // Saturday before spring forward: Sunday 18:00 is already summer time, 16:00 UTC.
    auto next = next_reminder(sundays, sys_days{2024y / March / 30} + 12h, berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == sys_days{2024y / March / 31} + 16h);
    // Saturday before falling back: Sunday 18:00 is winter time again, 17:00 UTC.
    next = next_reminder(sundays, sys_days{2024y / October / 26} + 12h, berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == sys_days{2024y / October / 27} + 17h);
}

TEST_CASE("a reminder in the hour the clock skips comes just after the change", "[reminder]")
{
    ReminderPlan sundays;
    sundays.days[6] = true;
    sundays.minutes = 2 * 60 + 30; // 02:30 does not happen on 31 March
    const auto next =
        next_reminder(sundays, sys_days{2024y / March / 30} + 12h, berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == sys_days{2024y / March / 31} + 1h + 30min); // 03:30 summer time
    CHECK(berlin().to_local(*next) == local_days{2024y / March / 31} + 3h + 30min);
}

TEST_CASE("a reminder in the hour that happens twice comes the first time", "[reminder]")
{
    ReminderPlan sundays;
    sundays.days[6] = true;
    sundays.minutes = 2 * 60 + 30; // 02:30 happens twice on 27 October
    const auto next =
        next_reminder(sundays, sys_days{2024y / October / 26} + 12h, berlin(), no_sessions);
    REQUIRE(next);
    CHECK(*next == sys_days{2024y / October / 27} + 30min); // 02:30 summer time
}

TEST_CASE("the check shows a due reminder once and waits for the next", "[reminder]")
{
    const ReminderPlan plan = mon_wed_fri_at_six();
    auto check =
        check_reminder(plan, std::nullopt, berlin_time(kMonday, 10h), berlin(), no_sessions);
    CHECK_FALSE(check.remind);
    REQUIRE(check.next);
    const sys_seconds six = *check.next;
    check = check_reminder(plan, six, berlin_time(kMonday, 17h, 59min), berlin(), no_sessions);
    CHECK_FALSE(check.remind);
    CHECK(check.next == six);
    check = check_reminder(plan, six, six + 2s, berlin(), no_sessions);
    CHECK(check.remind);
    CHECK(check.next == berlin_time(kWednesday, 18h));
    check = check_reminder(plan, check.next, six + 5min, berlin(), no_sessions);
    CHECK_FALSE(check.remind); // shown once
}

TEST_CASE("the check stays quiet when a session came first or it is too late", "[reminder]")
{
    const ReminderPlan plan = mon_wed_fri_at_six();
    const sys_seconds six = berlin_time(kMonday, 18h);
    const local_days monday{kMonday};
    const HasSession practised = [monday](local_days day) { return day == monday; };
    auto check = check_reminder(plan, six, six + 1min, berlin(), practised);
    CHECK_FALSE(check.remind);
    CHECK(check.next == berlin_time(kWednesday, 18h));
    // The computer slept through the reminder and woke at nine: too late to be useful.
    check = check_reminder(plan, six, six + 3h, berlin(), no_sessions);
    CHECK_FALSE(check.remind);
    CHECK(check.next == berlin_time(kWednesday, 18h));
    check = check_reminder(plan, six, six + kReminderLateness, berlin(), no_sessions);
    CHECK(check.remind);
}

TEST_CASE("the days travel through the settings as a bit mask", "[reminder]")
{
    const ReminderPlan plan = mon_wed_fri_at_six();
    CHECK(plan.mask() == 0b0010101);
    const ReminderPlan back = ReminderPlan::from_mask(plan.mask(), 9999);
    CHECK(back.days == plan.days);
    CHECK(back.minutes == 24 * 60 - 1);
}
