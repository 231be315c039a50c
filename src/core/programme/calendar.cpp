#include "core/programme/calendar.h"

#include "core/history/week_math.h"

#include <cstdio>

namespace unknot {

using namespace std::chrono;

namespace {

constexpr std::size_t kMaxLineOctets = 75;

std::string stamp(sys_seconds t)
{
    const sys_days day = floor<days>(t);
    const year_month_day date{day};
    const hh_mm_ss time{t - day};
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d%02dZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

std::string floating(local_days day, minutes time)
{
    const year_month_day date{day};
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d00", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.count() / 60), static_cast<int>(time.count() % 60));
    return buffer;
}

local_days first_on_or_after(local_days from, weekday day)
{
    return from + (day - weekday{from});
}

bool continues_utf8(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

std::string event(const Programme& programme, const CalendarEvent& text, weekday day,
                  sys_seconds now)
{
    const minutes time = programme.time.value_or(text.time_of_day);
    std::string out;
    out += ical_line("BEGIN:VEVENT");
    out += ical_line("UID:unknot-programme-" + iso_date(programme.start) + "-" + weekday_name(day) +
                     "@unknot.invalid");
    out += ical_line("DTSTAMP:" + stamp(now));
    out += ical_line("DTSTART:" + floating(first_on_or_after(programme.start, day), time));
    out += ical_line("DURATION:PT" + std::to_string(text.minutes) + "M");
    out += ical_line("RRULE:FREQ=WEEKLY;COUNT=" + std::to_string(programme.weeks));
    out += ical_line("SUMMARY:" + ical_text(text.summary));
    if (!text.description.empty())
        out += ical_line("DESCRIPTION:" + ical_text(text.description));
    out += ical_line("BEGIN:VALARM");
    out += ical_line("ACTION:DISPLAY");
    out += ical_line("DESCRIPTION:" + ical_text(text.alarm));
    out += ical_line("TRIGGER:PT0S");
    out += ical_line("END:VALARM");
    out += ical_line("END:VEVENT");
    return out;
}

} // namespace

std::string ical_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',')
            out += {'\\', c};
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue; // the \n that follows makes the line break
        else if (c == '\n' || c == '\r')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string ical_line(std::string_view line)
{
    std::string out;
    std::size_t used = 0; // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1; // one UTF-8 character
        while (i + length < line.size() &&
               continues_utf8(static_cast<unsigned char>(line[i + length])))
            ++length;
        if (used + length > kMaxLineOctets) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, length));
        used += length;
        i += length;
    }
    return out + "\r\n";
}

std::string programme_calendar(const Programme& programme, const CalendarEvent& event_text,
                               sys_seconds now)
{
    std::string out;
    out += ical_line("BEGIN:VCALENDAR");
    out += ical_line("VERSION:2.0");
    out += ical_line("PRODID:-//Unknot//Unknot programme//EN");
    out += ical_line("CALSCALE:GREGORIAN");
    out += ical_line("METHOD:PUBLISH");
    for (const weekday day : programme.days)
        out += event(programme, event_text, day, now);
    out += ical_line("END:VCALENDAR");
    return out;
}

} // namespace unknot
