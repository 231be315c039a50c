#include "core/programme/flare_up.h"

#include <algorithm>

namespace unknot {

namespace {

constexpr int kShortestGentleHold = 10;
constexpr int kFewestGentleReps = 3;

int gentle_hold(int seconds)
{
    return std::min(seconds, std::max(kShortestGentleHold, seconds / 2 / 5 * 5));
}

int gentle_reps(int reps)
{
    return std::min(reps, std::max(kFewestGentleReps, reps / 2));
}

} // namespace

bool is_flare_up(std::optional<int> pain_before, int threshold)
{
    return threshold > 0 && pain_before && *pain_before >= threshold;
}

Routine gentle_version(Routine routine)
{
    for (Step& step : routine.steps) {
        if (step.kind == StepKind::hold)
            step.hold_seconds = gentle_hold(step.hold_seconds);
        else if (step.kind == StepKind::reps)
            step.reps = gentle_reps(step.reps);
        else
            continue;
        step.sets = 1;
        step.rest_between_sets = 0;
    }
    return routine;
}

} // namespace unknot
