#include "core/reminders/reminder_schedule.h"

#include <algorithm>

namespace unknot {

namespace {

// Monday 0 .. Sunday 6.
unsigned day_index(local_days day)
{
    return std::chrono::weekday(day).iso_encoding() - 1;
}

local_days day_of(local_seconds t)
{
    return std::chrono::floor<std::chrono::days>(t);
}

} // namespace

bool ReminderPlan::any_day() const
{
    return std::any_of(days.begin(), days.end(), [](bool on) { return on; });
}

bool ReminderPlan::on(local_days day) const
{
    return days[day_index(day)];
}

ReminderPlan ReminderPlan::from_mask(int day_mask, int time_of_day)
{
    ReminderPlan plan;
    for (std::size_t i = 0; i < plan.days.size(); ++i)
        plan.days[i] = (day_mask >> i) & 1;
    plan.minutes = std::clamp(time_of_day, 0, 24 * 60 - 1);
    return plan;
}

int ReminderPlan::mask() const
{
    int result = 0;
    for (std::size_t i = 0; i < days.size(); ++i)
        result |= days[i] ? 1 << i : 0;
    return result;
}

std::optional<sys_seconds> next_reminder(const ReminderPlan& plan, sys_seconds now,
                                         const TimeZone& zone, const HasSession& has_session)
{
    if (!plan.any_day())
        return std::nullopt;
    const local_days today = day_of(zone.to_local(now));
    for (int ahead = 0; ahead <= 7; ++ahead) {
        const local_days day = today + std::chrono::days(ahead);
        if (!plan.on(day) || (ahead == 0 && has_session(day)))
            continue;
        const sys_seconds at = zone.to_utc(day + std::chrono::minutes(plan.minutes));
        if (at > now)
            return at;
    }
    return std::nullopt; // unreachable with a chosen day: a week later is always after now
}

ReminderCheck check_reminder(const ReminderPlan& plan, std::optional<sys_seconds> pending,
                             sys_seconds now, const TimeZone& zone, const HasSession& has_session)
{
    ReminderCheck result;
    if (pending && *pending <= now) {
        const bool in_time = now - *pending <= kReminderLateness;
        result.remind = in_time && plan.on(day_of(zone.to_local(*pending))) &&
                        !has_session(day_of(zone.to_local(*pending)));
        result.next = next_reminder(plan, now, zone, has_session);
        return result;
    }
    result.next = pending && plan.any_day() ? pending : next_reminder(plan, now, zone, has_session);
    return result;
}

} // namespace unknot
