// Doses derived from the log: levels, and the rules over simulated weeks (up, hold, step back,
// flare-ups left out).
#include "core/programme/dose.h"
#include "core/routine/session_plan.h"
#include "programme_test_support.h"
#include "support/step_builder.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

Step hold_step(std::string exercise, DoseRange hold, std::optional<DoseRange> sets = {})
{
    return test::hold_step(std::move(exercise), 30).progression({hold, std::nullopt, sets});
}

Routine routine_with(std::vector<Step> steps)
{
    Routine routine;
    routine.id = "upper-back";
    routine.title = "Upper back";
    routine.steps = std::move(steps);
    return routine;
}

// The roll-out: hold 20 -> 45 s by 5 s.
const Routine kRoutine = routine_with({hold_step("roll-out", {20, 45, 5})});
const Programme kProgramme = programme_of();

local_days day_of(int week, int day_in_week) // week and day from 0
{
    return kStart + days{7 * week + day_in_week};
}

SessionRecord good(local_days day)
{
    return session_on(day, 3, 2, {step_of("roll-out")});
}

StepDose dose_on(const std::vector<SessionRecord>& log, local_days today)
{
    const auto doses = derive_doses(kRoutine, kProgramme, log, today);
    REQUIRE(doses.size() == 1);
    return doses.front();
}

} // namespace

TEST_CASE("a progression's levels move the hold or reps first, then the sets, to the target")
{
    const Step hold = hold_step("a", {20, 45, 5});
    CHECK(dose_levels(hold) == 6);
    CHECK(dose_at(hold, 0).hold_seconds == 20);
    CHECK(dose_at(hold, 1).hold_seconds == 25);
    CHECK(dose_at(hold, 5).hold_seconds == 45);
    CHECK(dose_at(hold, 9).hold_seconds == 45); // clamped
    CHECK(dose_at(hold, -1).hold_seconds == 20);

    const Step uneven = hold_step("a", {20, 32, 5});
    CHECK(dose_levels(uneven) == 4);
    CHECK(dose_at(uneven, 3).hold_seconds == 32); // the last step is shorter

    Step reps;
    reps.kind = StepKind::reps;
    reps.exercise = "b";
    reps.reps = 8;
    reps.sets = 2;
    reps.progression = Progression{std::nullopt, DoseRange{6, 12, 2}, DoseRange{1, 3, 1}};
    CHECK(dose_levels(reps) == 6);
    std::vector<Dose> all;
    for (int level = 0; level < 6; ++level)
        all.push_back(dose_at(reps, level));
    CHECK(all ==
          std::vector<Dose>{{0, 6, 1}, {0, 8, 1}, {0, 10, 1}, {0, 12, 1}, {0, 12, 2}, {0, 12, 3}});

    Step plain = reps;
    plain.progression.reset();
    CHECK(dose_levels(plain) == 1);
    CHECK(dose_at(plain, 3) == Dose{0, 8, 2}); // the written dose
}

TEST_CASE("week 1 plays the starting dose, two sessions without pain raise it the next week")
{
    std::vector<SessionRecord> log;
    CHECK(dose_on(log, day_of(0, 0)).reason == DoseReason::starting);
    CHECK(dose_on(log, day_of(0, 0)).dose.hold_seconds == 20);

    log.push_back(good(day_of(0, 0)));
    CHECK(dose_on(log, day_of(0, 2)).reason == DoseReason::building);
    CHECK(dose_on(log, day_of(0, 2)).good_in_a_row == 1);
    log.push_back(good(day_of(0, 2)));
    const StepDose friday = dose_on(log, day_of(0, 4));
    CHECK(friday.dose.hold_seconds == 20); // not in the same week
    CHECK(friday.reason == DoseReason::up_next_week);

    const StepDose next_monday = dose_on(log, day_of(1, 0));
    CHECK(next_monday.dose.hold_seconds == 25);
    CHECK(next_monday.reason == DoseReason::up);
    CHECK(next_monday.previous == Dose{20, 0, 1});
    CHECK(next_monday.day == day_of(1, 0));
}

TEST_CASE("the dose goes up at most once a week, however many good sessions")
{
    std::vector<SessionRecord> log;
    for (int d : {0, 1, 2, 3, 4, 5})
        log.push_back(good(day_of(0, d)));
    CHECK(dose_on(log, day_of(1, 0)).dose.hold_seconds == 25);
    CHECK(dose_on(log, day_of(1, 6)).dose.hold_seconds == 25);
    // A week without sessions raises nothing: the two good sessions were used up.
    const StepDose later = dose_on(log, day_of(3, 0));
    CHECK(later.dose.hold_seconds == 25);
    CHECK(later.reason == DoseReason::building); // sessions at 20 s do not count at 25 s
    CHECK(later.good_in_a_row == 0);
}

TEST_CASE("the last two sessions must both be good: a rise of one or no rating holds the dose")
{
    std::vector<SessionRecord> log{good(day_of(0, 0)),
                                   session_on(day_of(0, 2), 3, 4, {step_of("roll-out")})};
    const StepDose rose = dose_on(log, day_of(1, 0));
    CHECK(rose.dose.hold_seconds == 20);
    CHECK(rose.reason == DoseReason::pain_rose);
    CHECK(rose.day == day_of(0, 2));

    log.push_back(session_on(day_of(1, 0), std::nullopt, 2, {step_of("roll-out")}));
    CHECK(dose_on(log, day_of(1, 1)).reason == DoseReason::not_rated);
    log.push_back(good(day_of(1, 2)));
    log.push_back(good(day_of(1, 4)));
    CHECK(dose_on(log, day_of(2, 0)).dose.hold_seconds == 25); // two good in a row again
}

TEST_CASE("a 'this hurts' stop or a rise of two steps the dose back at once")
{
    std::vector<SessionRecord> log{good(day_of(0, 0)), good(day_of(0, 2)), good(day_of(1, 0)),
                                   good(day_of(1, 2))};
    CHECK(dose_on(log, day_of(2, 0)).dose.hold_seconds == 30);

    log.push_back(
        session_on(day_of(2, 1), 2, 2, {step_of("roll-out", StepOutcome::stopped_for_pain)}));
    const StepDose hurt = dose_on(log, day_of(2, 2));
    CHECK(hurt.dose.hold_seconds == 25);
    CHECK(hurt.reason == DoseReason::down_hurt);
    CHECK(hurt.previous == Dose{30, 0, 1});
    CHECK(hurt.day == day_of(2, 1));

    log.push_back(session_on(day_of(2, 3), 2, 4, {step_of("roll-out")}));
    const StepDose jump = dose_on(log, day_of(2, 4));
    CHECK(jump.dose.hold_seconds == 20);
    CHECK(jump.reason == DoseReason::down_pain);

    log.push_back(
        session_on(day_of(2, 5), 2, 2, {step_of("roll-out", StepOutcome::stopped_for_pain)}));
    const StepDose floor = dose_on(log, day_of(2, 6));
    CHECK(floor.dose.hold_seconds == 20); // never below the start
    CHECK(floor.reason == DoseReason::down_hurt);
    CHECK_FALSE(floor.previous);
    CHECK(dose_on(log, day_of(3, 0)).reason == DoseReason::building);
}

TEST_CASE("flare-up sessions neither raise nor lower the dose")
{
    std::vector<SessionRecord> log{good(day_of(0, 0))};
    SessionRecord flare =
        session_on(day_of(0, 2), 7, 9, {step_of("roll-out", StepOutcome::stopped_for_pain)});
    flare.flare_up = true;
    log.push_back(flare);
    SessionRecord gentle = good(day_of(0, 3));
    gentle.flare_up = true;
    log.push_back(gentle);
    CHECK(dose_on(log, day_of(1, 0)).dose.hold_seconds == 20);
    CHECK(dose_on(log, day_of(1, 0)).good_in_a_row == 1);
    log.push_back(good(day_of(0, 4)));
    CHECK(dose_on(log, day_of(1, 0)).dose.hold_seconds == 25);
}

TEST_CASE("only sessions in the programme's time with the exercise done are evidence")
{
    std::vector<SessionRecord> log{
        good(kStart - days{3}), good(kStart - days{1}),
        session_on(day_of(0, 0), 3, 2, {step_of("other")}),
        session_on(day_of(0, 1), 3, 2, {step_of("roll-out", StepOutcome::skipped)})};
    CHECK(dose_on(log, day_of(1, 0)).dose.hold_seconds == 20);
    CHECK(dose_on(log, day_of(1, 0)).reason == DoseReason::starting);
    SessionRecord running = good(day_of(0, 2));
    running.status = SessionStatus::in_progress;
    log.push_back(running);
    log.push_back(good(day_of(0, 3)));
    CHECK(dose_on(log, day_of(1, 0)).good_in_a_row == 1);
}

TEST_CASE("at the target the dose stays there")
{
    std::vector<SessionRecord> log;
    for (int week = 0; week < 8; ++week)
        for (int d : {0, 2, 4})
            log.push_back(good(day_of(week, d)));
    const StepDose dose = dose_on(log, day_of(8, 0));
    CHECK(dose.dose.hold_seconds == 45);
    CHECK(dose.level == 5);
    CHECK(dose.reason == DoseReason::at_target);
    const auto changes = dose_changes(kRoutine, kProgramme, log, day_of(8, 0));
    REQUIRE(changes.size() == 5);
    CHECK(changes.front().day == day_of(1, 0));
    CHECK(changes.back().dose.hold_seconds == 45);
    CHECK(changes.back().day == day_of(5, 0));
}

TEST_CASE("the derived doses are what the plan plays")
{
    std::vector<SessionRecord> log{good(day_of(0, 0)), good(day_of(0, 2))};
    Routine routine = kRoutine;
    routine.steps.push_back(hold_step("chin-tuck", {5, 10, 5}, DoseRange{1, 2, 1}));
    Step plain;
    plain.kind = StepKind::rest;
    plain.seconds = 20;
    routine.steps.push_back(plain);
    const auto doses = derive_doses(routine, kProgramme, log, day_of(1, 0));
    REQUIRE(doses.size() == 2);
    CHECK(doses[1].step_index == 1);
    CHECK(doses[1].dose == Dose{5, 0, 1}); // chin-tuck was never done
    const Routine played = apply_doses(routine, doses);
    CHECK(played.steps[0].hold_seconds == 25);
    CHECK(played.steps[1].hold_seconds == 5);
    CHECK(played.steps[1].sets == 1);
    Exercise exercise;
    exercise.id = "roll-out";
    exercise.name = "Roll-out";
    exercise.instructions = {"Roll."};
    Exercise chin = exercise;
    chin.id = "chin-tuck";
    const SessionPlan plan = build_plan(
        played, [&](std::string_view id) { return id == "roll-out" ? &exercise : &chin; });
    const auto first_hold = std::find_if(plan.phases.begin(), plan.phases.end(),
                                         [](const Phase& p) { return p.kind == PhaseKind::hold; });
    REQUIRE(first_hold != plan.phases.end());
    CHECK(first_hold->planned_seconds == 25);
}
