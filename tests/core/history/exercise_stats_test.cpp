// How each exercise is going: sessions done, "this hurts" stops, pain change, per-side completion.
#include "../programme/programme_test_support.h"
#include "core/history/exercise_stats.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

TEST_CASE("per exercise: sessions done, 'this hurts' stops, average pain change, sides")
{
    const auto left = [](StepOutcome o) { return step_of("thread", o, 30, 1, StepSide::left); };
    const auto right = [](StepOutcome o) { return step_of("thread", o, 30, 1, StepSide::right); };
    const std::vector<SessionRecord> log{
        session_on(kStart, 4, 2,
                   {step_of("roll-out"), left(StepOutcome::done), right(StepOutcome::done)}),
        session_on(kStart + days{2}, 3, 4,
                   {step_of("roll-out", StepOutcome::stopped_for_pain), left(StepOutcome::done),
                    right(StepOutcome::skipped)}),
        session_on(kStart + days{4}, std::nullopt, 1,
                   {step_of("roll-out"), left(StepOutcome::done), right(StepOutcome::done)}),
        session_on(kStart + days{5}, 5, 5, {step_of("roll-out", StepOutcome::skipped)}),
    };
    const auto stats = exercise_stats(log);
    REQUIRE(stats.size() == 2);
    const ExerciseStats& thread = stats[0]; // 3 sessions; the roll-out was done in 2
    CHECK(thread.exercise_id == "thread");
    CHECK(thread.sessions == 3);
    CHECK(thread.hurt_stops == 0);
    REQUIRE(thread.pain_change);
    CHECK(*thread.pain_change == Approx(-0.5)); // (-2 + 1) / 2: the unrated one left out
    CHECK(thread.rated_sessions == 2);
    CHECK(thread.sided);
    CHECK(thread.left.done == 3);
    CHECK(thread.left.recorded == 3);
    CHECK(thread.right.done == 2);
    CHECK(thread.right.recorded == 3);

    const ExerciseStats& roll = stats[1];
    CHECK(roll.sessions == 2);
    CHECK(roll.hurt_stops == 1);
    REQUIRE(roll.pain_change);
    CHECK(*roll.pain_change == Approx(-2.0));
    CHECK_FALSE(roll.sided);
}

TEST_CASE("timed activities are not exercises, an empty log has no rows")
{
    StepRecord heat = step_of("", StepOutcome::done);
    heat.kind = StepKind::timed;
    heat.exercise_name = "Heat";
    const std::vector<SessionRecord> log{session_on(kStart, 3, 3, {heat})};
    CHECK(exercise_stats(log).empty());
    CHECK(exercise_stats(std::vector<SessionRecord>{}).empty());
}

TEST_CASE("the lean log counts as the sessions do, also when a session's steps are not together")
{
    std::vector<SessionRecord> log{
        session_on(kStart, 4, 2, {step_of("roll-out"), step_of("thread")}),
        session_on(kStart + days{1}, 3, 4,
                   {step_of("roll-out", StepOutcome::skipped), step_of("roll-out")}),
    };
    log[0].id = 1;
    log[1].id = 2;
    ExerciseLog lean = exercise_log_of(log);
    REQUIRE(lean.steps.size() == 4);
    CHECK(exercise_stats(lean) == exercise_stats(log));
    // The second session's steps split by the first's: it still counts once for the roll-out.
    std::swap(lean.steps[1], lean.steps[3]);
    const auto stats = exercise_stats(lean);
    REQUIRE(stats.size() == 2);
    CHECK(stats[0].exercise_id == "roll-out");
    CHECK(stats[0].sessions == 2);
    CHECK(stats[0].pain_change == -0.5); // 4 -> 2 and 3 -> 4
}
