// What the report for the therapist says, from the log: sessions planned and done per week, each
// exercise done, skipped or stopped for pain with its dose over time, pain before and after, the
// check-in answers and the person's notes. The PDF (gui/print) and the CSV are written from it.
#pragma once

#include "core/history/check_in.h"
#include "core/history/history_types.h"
#include "core/programme/dose.h"
#include "core/programme/programme.h"

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace unknot {

using std::chrono::local_days;

struct ReportWeek {
    local_days start{};     // its first day (within the report's days: may start later)
    int programme_week = 0; // from 1; 0 outside the programme
    int planned = 0;        // practice days of the programme in this week and in the report
    int done = 0;           // sessions that count toward a goal (history_stats.h)
    int flare_ups = 0;      // of those, played as the gentle version
};

// One dose as the log has it (the targets of the steps done).
struct ReportDose {
    local_days from{}; // the first session with this dose
    StepKind kind = StepKind::hold;
    int amount = 0; // seconds (hold) or reps
    int sets = 1;
    bool operator==(const ReportDose&) const = default;
};

struct ReportExercise {
    std::string id;
    std::string name;
    int done = 0;                  // sessions in which it was done
    int skipped = 0;               // sessions in which it came up and was not done, not for pain
    int stopped_for_pain = 0;      // sessions in which "this hurts" stopped it
    std::vector<ReportDose> doses; // each change, oldest first; flare-up days left out
};

struct ReportPain {
    local_days day{};
    std::optional<int> before;
    std::optional<int> after;
    bool flare_up = false;
};

struct ReportNote {
    local_days day{};
    std::string routine_title;
    std::string text;
};

struct ReportData {
    local_days from{};
    local_days to{}; // the last day, included
    std::optional<Programme> programme;
    int sessions = 0; // counted sessions
    int flare_ups = 0;
    double active_minutes = 0;
    std::vector<ReportWeek> weeks;
    std::vector<ReportExercise> exercises; // in the order first done
    std::vector<ReportPain> pain;          // sessions with a rating, oldest first
    std::vector<CheckIn> check_ins;        // answered in the report's days
    std::vector<ReportNote> notes;
};

// `sessions` and `check_ins` may hold more than the report's days [from, to]; the rest is left
// out. Weeks follow the programme's weeks when there is one, else they start on `from`.
ReportData build_report(std::span<const SessionRecord> sessions, std::span<const CheckIn> check_ins,
                        const Programme* programme, local_days from, local_days to);

// One table for a spreadsheet, one row per record: "week" rows (planned, done), "session" rows
// (pain, flare-up, notes), "exercise" rows (one per session and exercise: dose and outcome) and
// "check_in" rows; CRLF line ends, RFC 4180 quoting.
std::string report_csv(std::span<const SessionRecord> sessions, const ReportData& report);

} // namespace unknot
