// Logs and programmes for the programme tests: sessions on given local days, with pain ratings
// and steps, as the history store returns them.
#pragma once

#include "core/history/history_types.h"
#include "core/history/week_math.h"
#include "core/programme/programme.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace unknot::test {

using namespace std::chrono;

inline local_days date(int y, unsigned m, unsigned d)
{
    return local_days{year{y} / month{m} / day{d}};
}

// 2026-12-07 is a Monday.
inline const local_days kStart = date(2026, 12, 7);

inline Programme programme_of(std::vector<std::string> routines = {"upper-back"},
                              std::vector<weekday> days = {Monday, Wednesday, Friday},
                              int weeks = 4, local_days start = kStart)
{
    Programme p;
    p.routines = std::move(routines);
    p.days = std::move(days);
    p.weeks = weeks;
    p.start = start;
    return p;
}

inline StepRecord step_of(std::string exercise, StepOutcome outcome = StepOutcome::done,
                          double hold = 30, int sets = 1, StepSide side = StepSide::none)
{
    StepRecord step;
    step.exercise_id = exercise;
    step.exercise_name = exercise + " (name)";
    step.kind = StepKind::hold;
    step.side = side;
    step.sets = sets;
    step.target_seconds = hold;
    step.active_seconds = outcome == StepOutcome::done ? hold : 3;
    step.outcome = outcome;
    return step;
}

inline StepRecord reps_of(std::string exercise, int reps, int sets = 1,
                          StepOutcome outcome = StepOutcome::done)
{
    StepRecord step = step_of(std::move(exercise), outcome, 0, sets);
    step.kind = StepKind::reps;
    step.target_seconds.reset();
    step.target_reps = reps;
    step.reps_done = outcome == StepOutcome::done ? reps : 0;
    return step;
}

// A completed session that started at `hour` local time on `day` (UTC offset in minutes).
inline SessionRecord session_on(local_days day, std::optional<int> before, std::optional<int> after,
                                std::vector<StepRecord> steps, std::string routine = "upper-back",
                                double hour = 18, int offset = 60)
{
    SessionRecord s;
    static std::int64_t next_id = 1;
    s.id = next_id++;
    s.routine_id = routine;
    s.routine_title = routine + " (title)";
    const local_seconds local = local_seconds{day} + seconds{static_cast<int>(hour * 3600)};
    s.started_at = sys_seconds{local.time_since_epoch()} - minutes{offset};
    s.utc_offset_minutes = offset;
    s.status = SessionStatus::completed;
    s.pain_before = before;
    s.pain_after = after;
    s.ended_at = s.started_at + minutes{15};
    s.totals.active_seconds = 600;
    for (StepRecord& step : steps)
        step.finished_at = s.started_at + minutes{5};
    s.steps = std::move(steps);
    return s;
}

} // namespace unknot::test
