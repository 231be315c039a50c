// The steps the crash child records, so that the test can check every one it reported committed.
#pragma once

#include "core/history/history_types.h"

#include <string>

namespace unknot::test {

inline constexpr const char* kCrashRoutineId = "crash-test";

inline StepRecord crash_step(int n)
{
    StepRecord step;
    step.exercise_id = "wall-angel";
    step.exercise_name = "Wall angel " + std::to_string(n);
    step.kind = n % 2 == 0 ? StepKind::hold : StepKind::reps;
    step.side = n % 2 == 0 ? StepSide::left : StepSide::none;
    step.target_seconds = 30;
    step.active_seconds = 30 + n % 7;
    step.outcome = n % 4 == 3 ? StepOutcome::skipped : StepOutcome::done;
    step.finished_at = sys_seconds{std::chrono::seconds{1718600000 + n}};
    step.phase = n;
    return step;
}

} // namespace unknot::test
