// The answer to the programme's check-in ("Compared with when you started, how is your back?"),
// as the history keeps it: one per programme and week.
#pragma once

#include "core/history/history_types.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

enum class CheckInAnswer { better, same, worse };

std::string_view to_string(CheckInAnswer answer); // "better", "same", "worse"
std::optional<CheckInAnswer> check_in_answer_from(std::string_view text);

struct CheckIn {
    std::int64_t id = 0;
    std::chrono::local_days programme_start{}; // which programme: its first day
    int week = 3;                              // the programme week it was asked in, from 1
    CheckInAnswer answer = CheckInAnswer::same;
    sys_seconds answered_at{};
    int utc_offset_minutes = 0; // local time = UTC + offset, when answered
    bool operator==(const CheckIn&) const = default;
};

} // namespace unknot
