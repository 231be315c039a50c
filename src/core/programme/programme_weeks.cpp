#include "core/programme/programme_weeks.h"

#include "core/history/history_stats.h"
#include "core/history/week_math.h"

#include <algorithm>

namespace unknot {

using std::chrono::days;

namespace {

int floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

int programme_week(const Programme& programme, local_days day)
{
    return floor_div(static_cast<int>((day - programme.start).count()), kDaysPerWeek);
}

local_days week_first_day(const Programme& programme, int week)
{
    return programme.start + days{kDaysPerWeek * week};
}

local_days programme_end(const Programme& programme)
{
    return week_first_day(programme, programme.weeks);
}

bool in_programme(const Programme& programme, const SessionRecord& session)
{
    return std::find(programme.routines.begin(), programme.routines.end(), session.routine_id) !=
           programme.routines.end();
}

bool is_practice_day(const Programme& programme, local_days day)
{
    const std::chrono::weekday weekday{day};
    return std::find(programme.days.begin(), programme.days.end(), weekday) != programme.days.end();
}

namespace {

bool practised_on(const Programme& programme, std::span<const SessionRecord> sessions,
                  local_days day)
{
    return std::any_of(sessions.begin(), sessions.end(), [&](const SessionRecord& s) {
        return session_day(s) == day && in_programme(programme, s) && counts_toward_goal(s);
    });
}

std::optional<local_days> next_practice_day(const Programme& programme,
                                            std::span<const SessionRecord> sessions,
                                            local_days today)
{
    for (local_days day = std::max(today, programme.start); day < programme_end(programme);
         day += days{1}) {
        if (is_practice_day(programme, day) &&
            !(day == today && practised_on(programme, sessions, day)))
            return day;
    }
    return std::nullopt;
}

} // namespace

ProgrammeStatus programme_status(const Programme& programme,
                                 std::span<const SessionRecord> sessions, local_days today)
{
    ProgrammeStatus status;
    status.weeks = programme.weeks;
    status.planned = static_cast<int>(programme.days.size());
    const int week = programme_week(programme, today);
    status.state = week < 0                  ? ProgrammeState::not_started
                   : week >= programme.weeks ? ProgrammeState::ended
                                             : ProgrammeState::running;
    status.next_day = next_practice_day(programme, sessions, today);
    if (status.state != ProgrammeState::running)
        return status;
    status.week = week + 1;
    status.done = static_cast<int>(
        std::count_if(sessions.begin(), sessions.end(), [&](const SessionRecord& s) {
            return in_programme(programme, s) && counts_toward_goal(s) &&
                   programme_week(programme, session_day(s)) == week;
        }));
    return status;
}

int check_in_week(const Programme& programme)
{
    return std::min(kCheckInWeek, programme.weeks);
}

local_days check_in_day(const Programme& programme)
{
    const local_days first = week_first_day(programme, check_in_week(programme) - 1);
    for (local_days day = first + days{kDaysPerWeek - 1}; day > first; day -= days{1})
        if (is_practice_day(programme, day))
            return day;
    return first;
}

bool check_in_due(const Programme& programme, std::span<const CheckIn> answered, local_days today)
{
    const bool asked = std::any_of(answered.begin(), answered.end(), [&](const CheckIn& c) {
        return c.programme_start == programme.start;
    });
    return !asked && today >= check_in_day(programme);
}

} // namespace unknot
