#include "core/programme/report_data.h"

#include "core/base/csv_row.h"
#include "core/history/exercise_stats.h"
#include "core/history/history_stats.h"
#include "core/history/week_math.h"
#include "core/programme/programme_weeks.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace unknot {

using std::chrono::days;

namespace {

bool in_days(local_days day, local_days from, local_days to)
{
    return day >= from && day <= to;
}

int floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

enum class Outcome { done, skipped, stopped_for_pain };

// What happened to an exercise in one session, and the dose of its first step done.
struct SessionExercise {
    const StepRecord* first = nullptr; // its first step
    const StepRecord* done = nullptr;  // its first step done
    bool hurt = false;
    Outcome outcome() const
    {
        return hurt ? Outcome::stopped_for_pain : done ? Outcome::done : Outcome::skipped;
    }
};

// The exercises of a session in the order they came up (timed activities left out).
std::vector<std::pair<std::string, SessionExercise>> exercises_of(const SessionRecord& session)
{
    std::vector<std::pair<std::string, SessionExercise>> result;
    for (const StepRecord& step : session.steps) {
        if (step.exercise_id.empty() || step.kind == StepKind::timed)
            continue;
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const auto& e) { return e.first == step.exercise_id; });
        if (it == result.end()) {
            result.push_back({step.exercise_id, SessionExercise{&step}});
            it = std::prev(result.end());
        }
        it->second.hurt |= hurt_on(step);
        if (!it->second.done && step.outcome == StepOutcome::done)
            it->second.done = &step;
    }
    return result;
}

std::optional<ReportDose> dose_of(const StepRecord& step, local_days day)
{
    const std::optional<int> amount =
        step.kind == StepKind::hold && step.target_seconds
            ? std::optional<int>(static_cast<int>(std::lround(*step.target_seconds)))
            : step.target_reps;
    if (!amount)
        return std::nullopt;
    return ReportDose{day, step.kind, *amount, step.sets};
}

void add_weeks(ReportData& report, std::span<const SessionRecord> sessions)
{
    const Programme* programme = report.programme ? &*report.programme : nullptr;
    const local_days anchor = programme ? programme->start : report.from;
    const int first = floor_div(static_cast<int>((report.from - anchor).count()), kDaysPerWeek);
    for (local_days week = anchor + days{kDaysPerWeek * first}; week <= report.to;
         week += days{kDaysPerWeek}) {
        ReportWeek row;
        row.start = std::max(week, report.from);
        const local_days end = std::min(week + days{kDaysPerWeek}, report.to + days{1});
        const bool in_plan =
            programme && week >= programme->start && week < programme_end(*programme);
        if (in_plan)
            row.programme_week = programme_week(*programme, week) + 1;
        for (local_days day = row.start; day < end && in_plan; day += days{1})
            row.planned += is_practice_day(*programme, day) ? 1 : 0;
        for (const SessionRecord& s : sessions) {
            const local_days day = session_day(s);
            if (day >= row.start && day < end && counts_toward_goal(s)) {
                ++row.done;
                row.flare_ups += s.flare_up ? 1 : 0;
            }
        }
        report.weeks.push_back(row);
    }
}

void add_session(ReportData& report, const SessionRecord& s,
                 std::map<std::string, std::size_t, std::less<>>& index)
{
    const local_days day = session_day(s);
    if (counts_toward_goal(s)) {
        ++report.sessions;
        report.flare_ups += s.flare_up ? 1 : 0;
    }
    report.active_minutes += s.totals.active_seconds / 60.0;
    if (s.pain_before || s.pain_after)
        report.pain.push_back({day, s.pain_before, s.pain_after, s.flare_up});
    if (!s.notes.empty())
        report.notes.push_back({day, s.routine_title, s.notes});
    for (const auto& [id, seen] : exercises_of(s)) {
        auto [it, added] = index.try_emplace(id, report.exercises.size());
        if (added)
            report.exercises.push_back(ReportExercise{id, seen.first->exercise_name, 0, 0, 0, {}});
        ReportExercise& exercise = report.exercises[it->second];
        switch (seen.outcome()) {
        case Outcome::done:
            ++exercise.done;
            break;
        case Outcome::skipped:
            ++exercise.skipped;
            break;
        case Outcome::stopped_for_pain:
            ++exercise.stopped_for_pain;
            break;
        }
        // A flare-up day's gentle version is not a dose of the programme.
        const auto dose = seen.done && !s.flare_up ? dose_of(*seen.done, day) : std::nullopt;
        const auto same = [&](const ReportDose& d) {
            return d.kind == dose->kind && d.amount == dose->amount && d.sets == dose->sets;
        };
        if (dose && (exercise.doses.empty() || !same(exercise.doses.back())))
            exercise.doses.push_back(*dose);
    }
}

} // namespace

ReportData build_report(std::span<const SessionRecord> sessions, std::span<const CheckIn> check_ins,
                        const Programme* programme, local_days from, local_days to)
{
    ReportData report;
    report.from = from;
    report.to = to;
    if (programme)
        report.programme = *programme;
    std::vector<SessionRecord> chosen;
    std::copy_if(sessions.begin(), sessions.end(), std::back_inserter(chosen),
                 [&](const SessionRecord& s) { return in_days(session_day(s), from, to); });
    add_weeks(report, chosen);
    std::map<std::string, std::size_t, std::less<>> index;
    for (const SessionRecord& s : chosen)
        add_session(report, s, index);
    for (const CheckIn& c : check_ins)
        if (in_days(local_day(to_local(c.answered_at, c.utc_offset_minutes)), from, to))
            report.check_ins.push_back(c);
    return report;
}

namespace {

constexpr std::string_view kColumns[] = {
    "record",     "date",     "programme_week", "routine", "exercise", "hold_seconds",
    "reps",       "sets",     "outcome",        "planned", "done",     "pain_before",
    "pain_after", "flare_up", "check_in",       "notes"};

std::string_view outcome_name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::done:
        return "done";
    case Outcome::skipped:
        return "skipped";
    case Outcome::stopped_for_pain:
        break;
    }
    return "stopped_for_pain";
}

std::optional<int> week_of(const ReportData& report, local_days day)
{
    if (!report.programme || day < report.programme->start ||
        day >= programme_end(*report.programme))
        return std::nullopt;
    return programme_week(*report.programme, day) + 1;
}

void week_row(const ReportWeek& week, std::string& out)
{
    CsvRow row(out);
    row.text("week");
    row.text(iso_date(week.start));
    row.number(week.programme_week > 0 ? std::optional<int>(week.programme_week) : std::nullopt);
    row.empty(6);
    row.number(week.planned);
    row.number(week.done);
    row.empty(2);
    row.number(week.flare_ups);
    row.empty(2);
    out += "\r\n";
}

void session_rows(const ReportData& report, const SessionRecord& s, std::string& out)
{
    const local_days day = session_day(s);
    {
        CsvRow row(out);
        row.text("session");
        row.text(iso_date(day));
        row.number(week_of(report, day));
        row.text(s.routine_title);
        row.empty(7);
        row.number(s.pain_before);
        row.number(s.pain_after);
        row.number(s.flare_up ? 1 : 0);
        row.empty();
        row.text(s.notes);
        out += "\r\n";
    }
    for (const auto& [id, seen] : exercises_of(s)) {
        CsvRow row(out);
        row.text("exercise");
        row.text(iso_date(day));
        row.number(week_of(report, day));
        row.text(s.routine_title);
        row.text(seen.first->exercise_name);
        const auto dose = seen.done ? dose_of(*seen.done, day) : std::nullopt;
        const bool hold = dose && dose->kind == StepKind::hold;
        row.number(hold ? std::optional<int>(dose->amount) : std::nullopt);
        row.number(dose && !hold ? std::optional<int>(dose->amount) : std::nullopt);
        row.number(dose ? std::optional<int>(dose->sets) : std::nullopt);
        row.text(outcome_name(seen.outcome()));
        row.empty(7);
        out += "\r\n";
    }
}

void check_in_row(const ReportData& report, const CheckIn& c, std::string& out)
{
    const local_days day = local_day(to_local(c.answered_at, c.utc_offset_minutes));
    CsvRow row(out);
    row.text("check_in");
    row.text(iso_date(day));
    row.number(report.programme && report.programme->start == c.programme_start
                   ? std::optional<int>(c.week)
                   : std::nullopt);
    row.empty(11);
    row.text(to_string(c.answer));
    row.empty();
    out += "\r\n";
}

} // namespace

std::string report_csv(std::span<const SessionRecord> sessions, const ReportData& report)
{
    std::string out;
    CsvRow header(out);
    for (std::string_view column : kColumns)
        header.text(column);
    out += "\r\n";
    for (const ReportWeek& week : report.weeks)
        week_row(week, out);
    for (const SessionRecord& s : sessions)
        if (in_days(session_day(s), report.from, report.to))
            session_rows(report, s, out);
    for (const CheckIn& c : report.check_ins)
        check_in_row(report, c, out);
    return out;
}

} // namespace unknot
