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

namespace {

// Appends `value` (0 <= value < 10^digits) with leading zeros.
char* put_digits(char* at, long value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        at[i] = static_cast<char>('0' + value % 10);
    return at + digits;
}

} // namespace

Iso8601Text iso8601_text(sys_seconds t, int utc_offset_minutes)
{
    const local_seconds local = to_local(t, utc_offset_minutes);
    const local_days day = local_day(local);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{local - day};
    const int offset = std::abs(utc_offset_minutes);
    const int year = static_cast<int>(date.year());
    Iso8601Text text;
    char* at = text.chars.data();
    if (year < 0 || year > 9999) { // not a time a session has, but still written as the year is
        const auto end = std::to_chars(at, at + 12, year).ptr;
        at = end;
    } else {
        at = put_digits(at, year, 4);
    }
    *at++ = '-';
    at = put_digits(at, static_cast<unsigned>(date.month()), 2);
    *at++ = '-';
    at = put_digits(at, static_cast<unsigned>(date.day()), 2);
    *at++ = 'T';
    at = put_digits(at, time.hours().count(), 2);
    *at++ = ':';
    at = put_digits(at, time.minutes().count(), 2);
    *at++ = ':';
    at = put_digits(at, time.seconds().count(), 2);
    *at++ = utc_offset_minutes < 0 ? '-' : '+';
    at = put_digits(at, (offset / 60) % 100, 2);
    *at++ = ':';
    at = put_digits(at, offset % 60, 2);
    text.size = static_cast<std::size_t>(at - text.chars.data());
    return text;
}

std::string iso8601(sys_seconds t, int utc_offset_minutes)
{
    return std::string(iso8601_text(t, utc_offset_minutes).view());
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
