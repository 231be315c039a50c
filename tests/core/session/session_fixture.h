// A representative routine shared by the session plan and engine tests.
#pragma once

#include "core/base/clock.h"
#include "core/routine/routine.h"
#include "core/routine/session_plan.h"
#include "core/session/coach.h"
#include "core/session/session_event.h"

#include <algorithm>
#include <chrono>

#include <string_view>
#include <vector>

namespace unknot::test {

inline Exercise make_exercise(std::string id, std::string name, Sides sides)
{
    Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.summary = "summary";
    e.instructions = {e.name + ": first instruction", e.name + ": second instruction"};
    e.cues = {e.name + ": first cue"};
    e.sides = sides;
    return e;
}

struct SessionFixture {
    std::vector<Exercise> exercises{
        make_exercise("doorway-stretch", "Doorway stretch", Sides::each),
        make_exercise("bird-dog", "Bird dog", Sides::alternate),
        make_exercise("cat-camel", "Cat camel", Sides::none),
        make_exercise("chin-tuck", "Chin tuck", Sides::none),
    };
    Routine routine;

    SessionFixture()
    {
        routine.id = "fixture";
        routine.title = "Fixture";
        routine.lead_in_seconds = 10;
        Step hold;
        hold.kind = StepKind::hold;
        hold.exercise = "doorway-stretch";
        hold.hold_seconds = 30;
        hold.rest_after = 15;
        Step alternate;
        alternate.kind = StepKind::reps;
        alternate.exercise = "bird-dog";
        alternate.reps = 6;
        alternate.tempo = 2.5;
        alternate.note = "Slow and steady";
        Step self_paced;
        self_paced.kind = StepKind::reps;
        self_paced.exercise = "cat-camel";
        self_paced.reps = 10;
        Step sets;
        sets.kind = StepKind::hold;
        sets.exercise = "chin-tuck";
        sets.hold_seconds = 5;
        sets.sets = 3;
        sets.rest_between_sets = 10;
        Step timed;
        timed.kind = StepKind::timed;
        timed.title = "Heat pack on the upper back";
        timed.seconds = 120;
        timed.rest_after = 5;
        Step rest;
        rest.kind = StepKind::rest;
        rest.seconds = 20;
        rest.note = "Breathe";
        routine.steps = {hold, alternate, self_paced, sets, timed, rest};
    }

    ExerciseLookup lookup() const
    {
        return [this](std::string_view id) -> const Exercise* {
            for (const Exercise& e : exercises)
                if (e.id == id)
                    return &e;
            return nullptr;
        };
    }

    SessionPlan plan() const { return build_plan(routine, lookup()); }
    CoachedSession coached(const CoachOptions& options = {}) const
    {
        return coach_session(plan(), routine, lookup(), options);
    }
};

// Fake time: seconds after an arbitrary origin.
inline TimePoint at(double seconds)
{
    return TimePoint{} + std::chrono::hours(1) + to_duration(seconds);
}

inline std::vector<Event> only(const std::vector<Event>& events, EventKind kind)
{
    std::vector<Event> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [kind](const Event& e) { return e.kind == kind; });
    return out;
}

inline void append(std::vector<Event>& log, const std::vector<Event>& events)
{
    log.insert(log.end(), events.begin(), events.end());
}

} // namespace unknot::test
