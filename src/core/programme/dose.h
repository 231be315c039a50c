// Doses that move over a programme's weeks, derived from the log every time: no progression state
// is stored, so nothing can drift from what the history says.
//
// The rules (issue 16). For each step with a progression, the evidence is every session since the
// programme started in which its exercise was done or stopped with "this hurts", flare-up sessions
// left out. A session is good for the exercise when it had no "this hurts" stop on it and pain
// after was not above pain before (both rated). The dose goes up one level at the start of a
// programme week when the last two sessions at the current dose were good, so at most once a
// week; it goes down one level, at once, after a "this hurts" stop on the exercise or a rise in
// pain of two or more. A session with pain rated only once, or not at all, neither moves it up nor
// down but breaks a run of good sessions.
#pragma once

#include "core/history/history_types.h"
#include "core/programme/programme.h"
#include "core/routine/routine.h"

#include <chrono>
#include <optional>
#include <span>
#include <vector>

namespace unknot {

using std::chrono::local_days;

// What the player plays of one step.
struct Dose {
    int hold_seconds = 0; // hold steps
    int reps = 0;         // reps steps
    int sets = 1;
    bool operator==(const Dose&) const = default;
};

Dose written_dose(const Step& step);
// Levels of the step's progression: 1 without one. Level 0 has every range at its start; each
// level moves the hold or the reps one step, and once they reach their target, the sets.
int dose_levels(const Step& step);
Dose dose_at(const Step& step, int level); // level clamped to 0..dose_levels - 1

// What one session says about an exercise.
enum class Verdict {
    not_done,  // not done in it (skipped, or not reached)
    good,      // no "this hurts" stop, and pain after not above pain before
    pain_rose, // pain after one above pain before
    not_rated, // pain before or after not rated
    hurt,      // "this hurts" stopped it
    pain_jump, // pain after two or more above pain before
};
Verdict judge(const SessionRecord& session, std::string_view exercise_id);

enum class DoseReason {
    starting,     // the first dose, nothing has moved it yet
    up,           // up this week: the last two sessions went without pain
    down_hurt,    // down this week: "this hurts" on it (at `day`)
    down_pain,    // down this week: pain rose by two or more (at `day`)
    building,     // the same: `good_in_a_row` of the two good sessions it needs so far
    pain_rose,    // the same: pain after was above pain before (at `day`)
    not_rated,    // the same: pain was not rated before and after (at `day`)
    up_next_week, // the same this week; two good sessions at it, so up next week
    at_target,    // the target is reached
};

struct StepDose {
    int step_index = 0;
    Dose dose;
    int level = 0;
    int levels = 1;
    DoseReason reason = DoseReason::starting;
    std::optional<Dose> previous;  // up, down_*: the dose before the change
    std::optional<local_days> day; // the session behind the reason, when there is one
    int good_in_a_row = 0;         // good sessions at this dose, the last ones
    bool operator==(const StepDose&) const = default;
};

// One change of a step's dose, for the report and the dose timeline.
struct DoseChange {
    local_days day{}; // up: the first day of the week it applies to; down: the session's day
    int step_index = 0;
    int level = 0;
    Dose dose;
    DoseReason reason = DoseReason::starting; // up, down_hurt or down_pain
    bool operator==(const DoseChange&) const = default;
};

// The dose of every step with a progression, in step order, as of `today` (a day of the
// programme or later). `sessions` are the log's, oldest first, with their steps; sessions before
// the programme's start and flare-up sessions are left out here.
std::vector<StepDose> derive_doses(const Routine& routine, const Programme& programme,
                                   std::span<const SessionRecord> sessions, local_days today);
// Every change of those doses up to `today`, oldest first.
std::vector<DoseChange> dose_changes(const Routine& routine, const Programme& programme,
                                     std::span<const SessionRecord> sessions, local_days today);

// The routine with the derived doses in place of the written ones: what the player, the coach,
// the handout and the report use.
Routine apply_doses(Routine routine, std::span<const StepDose> doses);

} // namespace unknot
