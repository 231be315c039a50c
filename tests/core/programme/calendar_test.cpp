// The calendar file's text: events, repeats, reminders, escaping and line folding (RFC 5545). A
// real parser reads it in tests/scripts/calendar_test.py.
#include "core/programme/calendar.h"
#include "programme_test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace unknot;
using namespace unknot::test;

namespace {

std::vector<std::string> split_lines(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
        result.push_back(text.substr(start, end - start));
    CHECK(start == text.size()); // every line ends in CRLF
    return result;
}

std::string unfold(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

const sys_seconds kNow = sys_days{date(2026, 12, 6).time_since_epoch()} + hours{9};

} // namespace

TEST_CASE("one weekly event per practice day, for the programme's weeks, with a reminder")
{
    Programme programme = programme_of({"upper-back"}, {Tuesday, Friday}, 4, kStart); // a Monday
    programme.time = hours{18} + minutes{30};
    const CalendarEvent text{.summary = "Back exercises",
                             .description = "Upper-back stretch",
                             .alarm = "Time for your back exercises",
                             .time_of_day = hours{18},
                             .minutes = 15};
    const std::vector<std::string> lines = split_lines(programme_calendar(programme, text, kNow));
    CHECK(lines ==
          std::vector<std::string>{"BEGIN:VCALENDAR",
                                   "VERSION:2.0",
                                   "PRODID:-//Unknot//Unknot programme//EN",
                                   "CALSCALE:GREGORIAN",
                                   "METHOD:PUBLISH",
                                   "BEGIN:VEVENT",
                                   "UID:unknot-programme-2026-12-07-tuesday@unknot.invalid",
                                   "DTSTAMP:20261206T090000Z",
                                   "DTSTART:20261208T183000",
                                   "DURATION:PT15M",
                                   "RRULE:FREQ=WEEKLY;COUNT=4",
                                   "SUMMARY:Back exercises",
                                   "DESCRIPTION:Upper-back stretch",
                                   "BEGIN:VALARM",
                                   "ACTION:DISPLAY",
                                   "DESCRIPTION:Time for your back exercises",
                                   "TRIGGER:PT0S",
                                   "END:VALARM",
                                   "END:VEVENT",
                                   "BEGIN:VEVENT",
                                   "UID:unknot-programme-2026-12-07-friday@unknot.invalid",
                                   "DTSTAMP:20261206T090000Z",
                                   "DTSTART:20261211T183000",
                                   "DURATION:PT15M",
                                   "RRULE:FREQ=WEEKLY;COUNT=4",
                                   "SUMMARY:Back exercises",
                                   "DESCRIPTION:Upper-back stretch",
                                   "BEGIN:VALARM",
                                   "ACTION:DISPLAY",
                                   "DESCRIPTION:Time for your back exercises",
                                   "TRIGGER:PT0S",
                                   "END:VALARM",
                                   "END:VEVENT",
                                   "END:VCALENDAR"});
}

TEST_CASE("a programme that starts mid-week repeats each day from its first one in week 1")
{
    Programme programme = programme_of({"a"}, {Monday, Thursday}, 2, kStart + days{3}); // Thursday
    const std::string text = programme_calendar(
        programme,
        {.summary = "s", .description = "", .alarm = "a", .time_of_day = hours{18}, .minutes = 20},
        kNow);
    CHECK_THAT(text, Catch::Contains("DTSTART:20261214T180000")); // Monday, in week 1
    CHECK_THAT(text, Catch::Contains("DTSTART:20261210T180000")); // Thursday, the start
    CHECK_THAT(text, Catch::Contains("RRULE:FREQ=WEEKLY;COUNT=2"));
}

TEST_CASE("text is escaped and long lines are folded at 75 octets, never inside a character")
{
    CHECK(ical_text("a, b; c\\d\ne\r\nf") == "a\\, b\\; c\\\\d\\ne\\nf");
    const std::string line = "DESCRIPTION:" + std::string(70, 'x') + "Rückenübungen für die Woche";
    const std::string folded = ical_line(line);
    for (const std::string& physical : split_lines(folded)) {
        CHECK(physical.size() <= 75);
        CHECK((static_cast<unsigned char>(physical.back()) & 0xC0) != 0xC0); // no split UTF-8
    }
    CHECK(unfold(folded) == line + "\r\n");
    CHECK(split_lines(folded).size() == 2);
    CHECK(ical_line("SHORT") == "SHORT\r\n");
}
