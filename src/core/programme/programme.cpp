#include "core/programme/programme.h"

#include <array>

namespace unknot {

using std::chrono::weekday;

namespace {

constexpr std::array<const char*, 7> kNames{"sunday",   "monday", "tuesday", "wednesday",
                                            "thursday", "friday", "saturday"};

} // namespace

std::string weekday_name(weekday day)
{
    return kNames[day.c_encoding()];
}

std::optional<weekday> weekday_from_name(std::string_view name)
{
    for (unsigned i = 0; i < kNames.size(); ++i)
        if (name == kNames[i])
            return weekday{i};
    return std::nullopt;
}

std::vector<weekday> spread_days(int sessions_per_week)
{
    using namespace std::chrono;
    // Rest days between practice days where there are any, starting on Monday.
    static const std::array<std::vector<weekday>, 8> kSpread{{
        {},
        {Monday},
        {Monday, Thursday},
        {Monday, Wednesday, Friday},
        {Monday, Tuesday, Thursday, Friday},
        {Monday, Tuesday, Wednesday, Friday, Saturday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday},
    }};
    const int n = sessions_per_week < 1 ? 1 : sessions_per_week > 7 ? 7 : sessions_per_week;
    return kSpread[static_cast<std::size_t>(n)];
}

} // namespace unknot
