// A programme's weeks in the person's local days: which week a day is in, the sessions done
// against those planned, the next practice day, and when the check-in is due.
//
// Week 1 starts on the programme's start day, whatever weekday that is, and every week is seven
// local days; a session belongs to the local day of its start (with the UTC offset it was
// recorded with), so a change of time zone or daylight saving time never moves a session to
// another day. Nothing here reads a clock: "today" is always passed in.
#pragma once

#include "core/history/check_in.h"
#include "core/history/history_types.h"
#include "core/programme/programme.h"

#include <chrono>
#include <optional>
#include <span>

namespace unknot {

using std::chrono::local_days;

// The programme week of `day`, from 0 for week 1; negative before the start, weeks or more after
// the end (the week number it would have).
int programme_week(const Programme& programme, local_days day);
local_days week_first_day(const Programme& programme, int week); // week from 0
local_days programme_end(const Programme& programme);            // the first day after it
bool in_programme(const Programme& programme, const SessionRecord& session);
bool is_practice_day(const Programme& programme, local_days day);

enum class ProgrammeState { not_started, running, ended };

// "Week 2 of 4 — 1 of 3 sessions done, next: Thursday".
struct ProgrammeStatus {
    ProgrammeState state = ProgrammeState::not_started;
    int week = 0; // from 1, while running
    int weeks = 0;
    int done = 0;    // counted sessions of the programme's routines this week
    int planned = 0; // practice days this week
    // The next practice day without a session, today included; none once the programme ends.
    std::optional<local_days> next_day;
};

ProgrammeStatus programme_status(const Programme& programme,
                                 std::span<const SessionRecord> sessions, local_days today);

// The check-in is asked from the last practice day of week 3 (or of the last week, in a shorter
// programme) until it is answered: once per programme.
int check_in_week(const Programme& programme); // from 1
local_days check_in_day(const Programme& programme);
bool check_in_due(const Programme& programme, std::span<const CheckIn> answered, local_days today);

} // namespace unknot
