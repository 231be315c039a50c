// A programme: routines practised on set days of the week, for a number of weeks from a start
// date (routines/PROGRAMME.md describes the file).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace unknot {

inline constexpr int kProgrammeFormatVersion = 1;
inline constexpr int kDefaultProgrammeWeeks = 4;
inline constexpr int kMaxProgrammeWeeks = 52;
inline constexpr int kMaxProgrammeRoutines = 5;
inline constexpr int kCheckInWeek = 3; // source note 000: change shows after three to four weeks
inline constexpr const char* kProgrammeFileName = "programme.json";

struct Programme {
    std::vector<std::string> routines;          // routine ids, 1..kMaxProgrammeRoutines, each once
    std::vector<std::chrono::weekday> days;     // practice days, Monday first, each once
    int weeks = kDefaultProgrammeWeeks;         // 1..kMaxProgrammeWeeks
    std::chrono::local_days start{};            // the first day of week 1
    std::optional<std::chrono::minutes> time{}; // the time of day to practise (the calendar's)
    bool operator==(const Programme&) const = default;
};

// "monday" ... "sunday", as the file writes them.
std::string weekday_name(std::chrono::weekday day);
std::optional<std::chrono::weekday> weekday_from_name(std::string_view name);

// Practice days for `sessions_per_week` (1..7) spread over the week: 3 gives Monday, Wednesday
// and Friday.
std::vector<std::chrono::weekday> spread_days(int sessions_per_week);

} // namespace unknot
