// The programme as an iCalendar file (RFC 5545): one weekly event per practice day, repeating for
// the programme's weeks (RRULE), each with a reminder at its start (VALARM). Times are local
// "floating" times, so 18:00 stays 18:00 across a change of daylight saving time or time zone.
#pragma once

#include "core/base/clock.h"
#include "core/programme/programme.h"

#include <chrono>
#include <string>

namespace unknot {

struct CalendarEvent {
    std::string summary;     // the event's title, e.g. "Back exercises: Upper-back stretch"
    std::string description; // may be several lines
    std::string alarm;       // what the reminder says
    std::chrono::minutes time_of_day{18 * 60}; // when the programme names no time
    int minutes = 20;                          // how long the event lasts
};

// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); text is escaped.
// `now` is written as DTSTAMP.
std::string programme_calendar(const Programme& programme, const CalendarEvent& event,
                               std::chrono::sys_seconds now);

// RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped.
std::string ical_text(std::string_view text);
// A content line folded to 75 octets per line, CRLF at the end of each.
std::string ical_line(std::string_view line);

} // namespace unknot
