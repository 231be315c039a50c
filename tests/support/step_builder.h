// Steps for tests, one line each: hold_step("bird-dog", 20).sets(2, 30).rest_after(60).
// No Catch2 and no Qt: the benchmarks use it too.
#pragma once

#include "core/routine/routine.h"

#include <optional>
#include <string>
#include <utility>

namespace unknot::test {

class StepBuilder {
public:
    explicit StepBuilder(Step step) : step_(std::move(step)) {}

    StepBuilder& sets(int count, int rest_between = 0)
    {
        step_.sets = count;
        step_.rest_between_sets = rest_between;
        return *this;
    }
    StepBuilder& tempo(std::optional<double> seconds_per_rep)
    {
        step_.tempo = seconds_per_rep;
        return *this;
    }
    StepBuilder& rest_after(int seconds)
    {
        step_.rest_after = seconds;
        return *this;
    }
    StepBuilder& progression(Progression progression)
    {
        step_.progression = std::move(progression);
        return *this;
    }
    operator Step() const { return step_; } // NOLINT: a builder reads best converted in place

private:
    Step step_;
};

inline StepBuilder hold_step(std::string exercise, int seconds)
{
    Step step;
    step.exercise = std::move(exercise);
    step.hold_seconds = seconds;
    return StepBuilder(std::move(step));
}

inline StepBuilder reps_step(std::string exercise, int reps)
{
    Step step;
    step.kind = StepKind::reps;
    step.exercise = std::move(exercise);
    step.reps = reps;
    return StepBuilder(std::move(step));
}

inline StepBuilder timed_step(int seconds)
{
    Step step;
    step.kind = StepKind::timed;
    step.seconds = seconds;
    return StepBuilder(std::move(step));
}

inline StepBuilder rest_step(int seconds)
{
    Step step;
    step.kind = StepKind::rest;
    step.seconds = seconds;
    return StepBuilder(std::move(step));
}

} // namespace unknot::test
