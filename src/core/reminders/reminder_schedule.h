// When to remind a person to practise: chosen days of the week at a local time of day, skipping a
// day that already has a session. Pure: "now", the time zone and the history are passed in.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <optional>

namespace unknot {

using std::chrono::local_days;
using std::chrono::local_seconds;
using std::chrono::sys_seconds;

struct ReminderPlan {
    std::array<bool, 7> days{}; // Monday .. Sunday
    int minutes = 18 * 60;      // local time of day, 0 .. 1439

    bool any_day() const;
    bool on(local_days day) const;
    // Bit 0 Monday .. bit 6 Sunday, as the settings keep it.
    static ReminderPlan from_mask(int day_mask, int minutes);
    int mask() const;
};

// The time zone, injected. to_utc answers for a local time that a clock change skips (spring
// forward) with the moment after the gap, and for one that happens twice with the earlier.
struct TimeZone {
    std::function<sys_seconds(local_seconds)> to_utc;
    std::function<local_seconds(sys_seconds)> to_local;
};

// Whether a local day already has a session. Asked about today only: later days cannot have one.
using HasSession = std::function<bool(local_days)>;

// The first reminder strictly after `now`: on a chosen day, at the chosen time, skipping today
// when it already has a session. nullopt when no day is chosen.
std::optional<sys_seconds> next_reminder(const ReminderPlan& plan, sys_seconds now,
                                         const TimeZone& zone, const HasSession& has_session);

// How late a reminder may still be shown (a computer that slept through it).
inline constexpr std::chrono::minutes kReminderLateness{60};

struct ReminderCheck {
    bool remind = false;             // show the reminder now
    std::optional<sys_seconds> next; // the one to wait for after this check
};

// One look at the clock: `pending` is the reminder waited for. It is shown when its time has
// come, it is at most kReminderLateness late and its day still has no session; then the next
// one is chosen.
ReminderCheck check_reminder(const ReminderPlan& plan, std::optional<sys_seconds> pending,
                             sys_seconds now, const TimeZone& zone, const HasSession& has_session);

} // namespace unknot
