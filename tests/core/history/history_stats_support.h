// Sessions at explicit local times and UTC offsets, for the week, streak and export tests.
#pragma once

#include "core/history/history_types.h"
#include "core/history/week_math.h"

#include <chrono>
#include <string>

namespace unknot::test {

using namespace std::chrono_literals;

// A session that started at local `day` + `time of day` where the UTC offset was `offset`.
inline SessionRecord session_at(local_days day, std::chrono::minutes time_of_day,
                                int offset_minutes = 0,
                                SessionStatus status = SessionStatus::completed,
                                double active_seconds = 600)
{
    SessionRecord s;
    s.routine_id = "desk-reset";
    s.routine_title = "Desk reset";
    const local_seconds local = local_seconds{day} + time_of_day;
    s.started_at = sys_seconds{local.time_since_epoch()} - std::chrono::minutes{offset_minutes};
    s.utc_offset_minutes = offset_minutes;
    s.status = status;
    s.totals = {active_seconds, 120};
    s.ended_at = s.started_at + std::chrono::seconds{static_cast<long>(active_seconds) + 120};
    return s;
}

inline SessionRecord with_pain(SessionRecord s, std::optional<int> before, std::optional<int> after)
{
    s.pain_before = before;
    s.pain_after = after;
    return s;
}

inline SessionRecord with_routine(SessionRecord s, std::string id, std::string title = {})
{
    s.routine_title = title.empty() ? id : std::move(title);
    s.routine_id = std::move(id);
    return s;
}

} // namespace unknot::test
