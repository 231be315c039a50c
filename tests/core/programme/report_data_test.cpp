// The report's data from a generated log: weeks planned and done, exercises by outcome with their
// doses over time, pain, check-ins and notes; and the CSV.
#include "core/programme/report_data.h"
#include "programme_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

std::vector<SessionRecord> generated_log()
{
    std::vector<SessionRecord> log{
        session_on(kStart - days{2}, 5, 5, {step_of("roll-out", StepOutcome::done, 20)}), // before
        session_on(kStart, 4, 3, {step_of("roll-out", StepOutcome::done, 20), reps_of("cat", 6)}),
        session_on(kStart + days{2}, 3, 3,
                   {step_of("roll-out", StepOutcome::done, 20), reps_of("cat", 6)}),
        session_on(kStart + days{7}, 3, 2,
                   {step_of("roll-out", StepOutcome::done, 25), reps_of("cat", 8)}),
        session_on(kStart + days{9}, 2, 2,
                   {step_of("roll-out", StepOutcome::stopped_for_pain, 25),
                    reps_of("cat", 8, 1, StepOutcome::skipped)}),
        session_on(kStart + days{11}, 7, 6, {step_of("roll-out", StepOutcome::done, 10)}),
    };
    log.back().flare_up = true;
    log[3].notes = "Much easier to turn my head, \"finally\"";
    return log;
}

CheckIn check_in_on(local_days day)
{
    return {.id = 0,
            .programme_start = kStart,
            .week = 3,
            .answer = CheckInAnswer::better,
            .answered_at = sys_days{day.time_since_epoch()} + hours{17},
            .utc_offset_minutes = 60};
}

} // namespace

TEST_CASE("the report counts planned and done sessions per programme week")
{
    const Programme programme = programme_of();
    const auto log = generated_log();
    const ReportData report = build_report(log, {}, &programme, kStart, kStart + days{27});
    REQUIRE(report.weeks.size() == 4);
    CHECK(report.weeks[0].programme_week == 1);
    CHECK(report.weeks[0].planned == 3);
    CHECK(report.weeks[0].done == 2);
    CHECK(report.weeks[1].done == 3);
    CHECK(report.weeks[1].flare_ups == 1);
    CHECK(report.weeks[2].done == 0);
    CHECK(report.weeks[3].programme_week == 4);
    CHECK(report.sessions == 5);
    CHECK(report.flare_ups == 1);
    CHECK(report.pain.size() == 5);
    CHECK(report.pain[4].flare_up);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes[0].day == kStart + days{7});
}

TEST_CASE("each exercise: done, skipped, stopped for pain, and its dose as it changed")
{
    const Programme programme = programme_of();
    const auto log = generated_log();
    const ReportData report = build_report(log, {}, &programme, kStart, kStart + days{27});
    REQUIRE(report.exercises.size() == 2);
    const ReportExercise& roll = report.exercises[0];
    CHECK(roll.id == "roll-out");
    CHECK(roll.name == "roll-out (name)");
    CHECK(roll.done == 4);
    CHECK(roll.stopped_for_pain == 1);
    CHECK(roll.skipped == 0);
    // The flare-up day's gentle 10 s is not a dose of the programme.
    CHECK(roll.doses == std::vector<ReportDose>{{kStart, StepKind::hold, 20, 1},
                                                {kStart + days{7}, StepKind::hold, 25, 1}});
    const ReportExercise& cat = report.exercises[1];
    CHECK(cat.done == 3);
    CHECK(cat.skipped == 1);
    CHECK(cat.doses == std::vector<ReportDose>{{kStart, StepKind::reps, 6, 1},
                                               {kStart + days{7}, StepKind::reps, 8, 1}});
}

TEST_CASE(
    "a report's days cut weeks, sessions and check-ins, without a programme weeks start on FROM")
{
    const auto log = generated_log();
    const std::vector<CheckIn> answers{check_in_on(kStart + days{18}),
                                       check_in_on(kStart + days{40})};
    const Programme programme = programme_of();
    const ReportData part =
        build_report(log, answers, &programme, kStart + days{3}, kStart + days{20});
    REQUIRE(part.weeks.size() == 3);
    CHECK(part.weeks[0].start == kStart + days{3});
    CHECK(part.weeks[0].planned == 1); // Friday only
    CHECK(part.weeks[0].done == 0);
    CHECK(part.weeks[2].planned == 3);
    CHECK(part.check_ins.size() == 1);

    const ReportData plain = build_report(log, {}, nullptr, kStart - days{2}, kStart + days{12});
    REQUIRE(plain.weeks.size() == 3);
    CHECK(plain.weeks[0].start == kStart - days{2});
    CHECK(plain.weeks[0].programme_week == 0);
    CHECK(plain.weeks[0].planned == 0);
    CHECK(plain.weeks[0].done == 3);
    CHECK(plain.sessions == 6);
}

TEST_CASE("the report as CSV: one row per week, session, exercise and check-in")
{
    const Programme programme = programme_of();
    const auto log = generated_log();
    const std::vector<CheckIn> answers{check_in_on(kStart + days{18})};
    const ReportData report = build_report(log, answers, &programme, kStart, kStart + days{27});
    const std::string csv = report_csv(log, report);
    const auto line = [&](std::size_t n) {
        std::size_t start = 0;
        for (std::size_t i = 0; i < n; ++i)
            start = csv.find("\r\n", start) + 2;
        return csv.substr(start, csv.find("\r\n", start) - start);
    };
    CHECK(line(0) == "record,date,programme_week,routine,exercise,hold_seconds,reps,sets,outcome,"
                     "planned,done,pain_before,pain_after,flare_up,check_in,notes");
    CHECK(line(1) == "week,2026-12-07,1,,,,,,,3,2,,,0,,");
    CHECK(line(5) == "session,2026-12-07,1,upper-back (title),,,,,,,,4,3,0,,");
    CHECK(line(6) == "exercise,2026-12-07,1,upper-back (title),roll-out (name),20,,1,done,,,,,,,");
    CHECK(line(7) == "exercise,2026-12-07,1,upper-back (title),cat (name),,6,1,done,,,,,,,");
    CHECK_THAT(csv, Catch::Contains(
                        "session,2026-12-14,2,upper-back (title),,,,,,,,3,2,0,,\"Much easier to "
                        "turn my head, \"\"finally\"\"\"\r\n"));
    CHECK_THAT(csv,
               Catch::Contains(
                   "exercise,2026-12-16,2,upper-back (title),roll-out (name),,,,stopped_for_pain"));
    CHECK_THAT(csv, Catch::Contains("check_in,2026-12-25,3,,,,,,,,,,,,better,\r\n"));
}
