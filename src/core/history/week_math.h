// Local calendar arithmetic for the history: which local day and week a moment belongs to.
//
// A session belongs to the day and week of its local start time: its UTC start plus the UTC
// offset stored with it. Nothing here reads the system clock or time zone; "now" and the offset
// in force are always passed in.
#pragma once

#include "core/history/history_types.h"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

using std::chrono::days;
using std::chrono::local_days;
using std::chrono::weekday;

inline constexpr int kDaysPerWeek = 7;

// [from, to) in local wall-clock seconds, as HistoryStore::sessions_between_local takes it.
struct LocalRange {
    local_seconds from{};
    local_seconds to{};
};

local_seconds to_local(sys_seconds t, int utc_offset_minutes);
local_days local_day(local_seconds t);
// The local day of its start: a session from 23:50 to 00:20 belongs to the first day.
local_days session_day(const SessionRecord& session);

// The first day of the week that contains `day`, for weeks that start on `first`.
local_days week_start(local_days day, weekday first);
local_days session_week(const SessionRecord& session, weekday first);
// 0 for the first day of the week, 6 for the last.
int day_in_week(local_days day, weekday first);

// Local midnight of `first_day` to local midnight `count` days later.
LocalRange day_range(local_days first_day, int count);
LocalRange week_range(local_days week_start_day);

// "2026-12-07", and back (nullopt for anything that is not a real date written so).
std::string iso_date(local_days day);
std::optional<local_days> parse_iso_date(std::string_view text);

// "2024-06-17T10:00:00+02:00": the local time of `t` with its offset.
std::string iso8601(sys_seconds t, int utc_offset_minutes);
// The same characters in a buffer of one's own (no allocation: the export writes 200,000 of them).
struct Iso8601Text {
    std::array<char, 32> chars{};
    std::size_t size = 0;
    std::string_view view() const { return {chars.data(), size}; }
};
Iso8601Text iso8601_text(sys_seconds t, int utc_offset_minutes);

} // namespace unknot
