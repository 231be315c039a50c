#include "core/history/week_math.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace unknot {

using std::chrono::floor;
using std::chrono::minutes;

local_seconds to_local(sys_seconds t, int utc_offset_minutes)
{
    return local_seconds{t.time_since_epoch()} + minutes{utc_offset_minutes};
}

local_days local_day(local_seconds t)
{
    return floor<days>(t);
}

local_days session_day(const SessionRecord& session)
{
    return local_day(session.local_start());
}

local_days week_start(local_days day, weekday first)
{
    return day - (weekday{day} - first); // weekday difference is always 0..6 days
}

local_days session_week(const SessionRecord& session, weekday first)
{
    return week_start(session_day(session), first);
}

int day_in_week(local_days day, weekday first)
{
    return static_cast<int>((weekday{day} - first).count());
}

LocalRange day_range(local_days first_day, int count)
{
    return {local_seconds{first_day}, local_seconds{first_day + days{count}}};
}

LocalRange week_range(local_days week_start_day)
{
    return day_range(week_start_day, kDaysPerWeek);
}

std::string iso8601(sys_seconds t, int utc_offset_minutes)
{
    const local_seconds local = to_local(t, utc_offset_minutes);
    const local_days day = local_day(local);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{local - day};
    const int offset = std::abs(utc_offset_minutes);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), utc_offset_minutes < 0 ? '-' : '+',
                  offset / 60, offset % 60);
    return buffer;
}

std::string iso_date(local_days day)
{
    const std::chrono::year_month_day date{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

namespace {

std::optional<int> digits(std::string_view text)
{
    int value = 0;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<local_days> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = digits(text.substr(0, 4));
    const auto m = digits(text.substr(5, 2));
    const auto d = digits(text.substr(8, 2));
    if (!y || !m || !d)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*y},
                                           std::chrono::month{static_cast<unsigned>(*m)},
                                           std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return local_days{date};
}

} // namespace unknot
