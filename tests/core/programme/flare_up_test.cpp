// Flare-up days: when pain before is high enough, and the gentle version offered then.
#include "core/programme/flare_up.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("a flare-up day is pain before at or above the threshold, 0 means never")
{
    CHECK(is_flare_up(6, kDefaultFlareUpThreshold));
    CHECK(is_flare_up(9, 6));
    CHECK_FALSE(is_flare_up(5, 6));
    CHECK_FALSE(is_flare_up(std::nullopt, 6)); // not rated: not a flare-up
    CHECK_FALSE(is_flare_up(10, 0));
}

TEST_CASE("the gentle version: one set, holds and reps about halved, never more than written")
{
    Routine routine;
    Step hold;
    hold.kind = StepKind::hold;
    hold.exercise = "child-pose";
    hold.hold_seconds = 45;
    hold.sets = 3;
    hold.rest_between_sets = 15;
    Step reps;
    reps.kind = StepKind::reps;
    reps.exercise = "cat-camel";
    reps.reps = 12;
    reps.sets = 2;
    Step short_hold = hold;
    short_hold.hold_seconds = 8;
    Step rest;
    rest.kind = StepKind::rest;
    rest.seconds = 60;
    routine.steps = {hold, reps, short_hold, rest};

    const Routine gentle = gentle_version(routine);
    CHECK(gentle.steps[0].hold_seconds == 20); // 45 / 2 to whole 5 s
    CHECK(gentle.steps[0].sets == 1);
    CHECK(gentle.steps[0].rest_between_sets == 0);
    CHECK(gentle.steps[1].reps == 6);
    CHECK(gentle.steps[1].sets == 1);
    CHECK(gentle.steps[2].hold_seconds == 8); // never longer than written
    CHECK(gentle.steps[3].seconds == 60);     // rests as they are
}
