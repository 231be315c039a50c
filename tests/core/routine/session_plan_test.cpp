#include "../session/session_fixture.h"
#include "core/routine/session_plan.h"
#include "support/step_builder.h"

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Expected {
    PhaseKind kind;
    Side side;
    int set;
    double seconds;
};

void check_sequence(const SessionPlan& plan, const std::vector<Expected>& expected)
{
    REQUIRE(plan.phases.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("phase " << i);
        CHECK(plan.phases[i].kind == expected[i].kind);
        CHECK(plan.phases[i].side == expected[i].side);
        CHECK(plan.phases[i].set == expected[i].set);
        CHECK(plan.phases[i].planned_seconds == expected[i].seconds);
    }
}

} // namespace

TEST_CASE("the plan expands every kind of step in order", "[session_plan]")
{
    const test::SessionFixture fixture;
    const SessionPlan plan = fixture.plan();
    using K = PhaseKind;
    check_sequence(plan, {
                             {K::lead_in, Side::none, 1, 10},
                             {K::hold, Side::left, 1, 30},
                             {K::switch_sides, Side::right, 1, 5},
                             {K::hold, Side::right, 1, 30},
                             {K::rest_after, Side::none, 1, 15},
                             {K::lead_in, Side::none, 1, 10},
                             {K::reps, Side::left, 1, 15},
                             {K::lead_in, Side::none, 1, 10},
                             {K::reps, Side::none, 1, 40},
                             {K::lead_in, Side::none, 1, 10},
                             {K::hold, Side::none, 1, 5},
                             {K::rest_between_sets, Side::none, 1, 10},
                             {K::hold, Side::none, 2, 5},
                             {K::rest_between_sets, Side::none, 2, 10},
                             {K::hold, Side::none, 3, 5},
                             {K::timed, Side::none, 1, 120},
                             {K::rest_after, Side::none, 1, 5},
                             {K::rest, Side::none, 1, 20},
                         });
    CHECK(plan.total_seconds() == 355.0);
}

TEST_CASE("phases carry the exercise, text, reps and tempo", "[session_plan]")
{
    const test::SessionFixture fixture;
    const SessionPlan plan = fixture.plan();
    const Phase& lead = plan.phases[5];
    CHECK(lead.step_index == 1);
    CHECK(lead.exercise_id == "bird-dog");
    CHECK(lead.title == "Bird dog");
    CHECK(lead.instruction == "Bird dog: first instruction");
    CHECK(lead.cue == "Bird dog: first cue");

    const Phase& alternate = plan.phases[6];
    CHECK(alternate.instruction == "Slow and steady"); // the step note wins
    CHECK(alternate.alternate);
    CHECK(alternate.reps == 6);
    CHECK(alternate.tempo == 2.5);
    CHECK_FALSE(alternate.self_paced());
    CHECK(alternate.is_exercise());

    const Phase& self_paced = plan.phases[8];
    CHECK(self_paced.self_paced());
    CHECK(self_paced.reps == 10);
    CHECK(self_paced.instruction == "Cat camel: first instruction");
    CHECK_FALSE(self_paced.alternate);

    CHECK(plan.phases[12].sets == 3);
    CHECK(plan.phases[15].title == "Heat pack on the upper back");
    CHECK(plan.phases[15].exercise_id.empty());
    CHECK(plan.phases[15].step_index == 4);
    CHECK(plan.phases[17].instruction == "Breathe");
    CHECK(plan.phases[17].exercise_id.empty());
}

TEST_CASE("reps on each side are done left, switch, right for every set", "[session_plan]")
{
    test::SessionFixture fixture;
    fixture.routine.steps = {
        test::reps_step("doorway-stretch", 8).tempo(2.0).sets(2, 30).rest_after(60)};
    fixture.routine.lead_in_seconds = 5;
    using K = PhaseKind;
    const SessionPlan plan = fixture.plan();
    check_sequence(plan, {
                             {K::lead_in, Side::none, 1, 5},
                             {K::reps, Side::left, 1, 16},
                             {K::switch_sides, Side::right, 1, 5},
                             {K::reps, Side::right, 1, 16},
                             {K::rest_between_sets, Side::none, 1, 30},
                             {K::reps, Side::left, 2, 16},
                             {K::switch_sides, Side::right, 2, 5},
                             {K::reps, Side::right, 2, 16},
                             {K::rest_after, Side::none, 2, 60},
                         });
    CHECK(plan.phases[3].reps == 8);
    CHECK(plan.total_seconds() == 5 + 2 * (16 + 5 + 16) + 30 + 60);
}

TEST_CASE("alternating exercises hold each side in turn", "[session_plan]")
{
    test::SessionFixture fixture;
    fixture.routine.steps = {test::hold_step("bird-dog", 20)};
    fixture.routine.lead_in_seconds = 0;
    using K = PhaseKind;
    check_sequence(fixture.plan(), {
                                       {K::hold, Side::left, 1, 20},
                                       {K::switch_sides, Side::right, 1, 5},
                                       {K::hold, Side::right, 1, 20},
                                   });
}

TEST_CASE("a zero lead-in adds no phase and unknown exercises are skipped", "[session_plan]")
{
    test::SessionFixture fixture;
    fixture.routine.lead_in_seconds = 0;
    fixture.routine.steps[2].exercise = "no-such-exercise";
    const SessionPlan plan = fixture.plan();
    for (const Phase& p : plan.phases) {
        CHECK(p.kind != PhaseKind::lead_in);
        CHECK(p.step_index != 2);
    }
    CHECK(plan.total_seconds() == 355.0 - 4 * 10 - 40);
}

TEST_CASE("an empty routine has an empty plan", "[session_plan]")
{
    test::SessionFixture fixture;
    fixture.routine.steps.clear();
    const SessionPlan plan = fixture.plan();
    CHECK(plan.phases.empty());
    CHECK(plan.total_seconds() == 0.0);
}
