// A routine expanded into the flat list of phases the player steps through.
#pragma once

#include "core/routine/routine.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

inline constexpr double kSwitchSidesSeconds = 5.0;
inline constexpr double kSelfPacedSecondsPerRep = 4.0; // estimate only: the user presses Done

enum class PhaseKind {
    lead_in,
    hold,
    reps,
    switch_sides,
    rest_between_sets,
    rest_after,
    timed,
    rest
};

struct Phase {
    PhaseKind kind = PhaseKind::hold;
    int step_index = 0;      // index into Routine::steps
    std::string exercise_id; // empty for timed activities and plain rests
    std::string title;       // exercise name, or the timed activity's title
    std::string instruction; // the first setup line (lead-in), the step note or first instruction
    std::string cue;         // a form cue, may be empty
    Side side = Side::none;  // for alternating reps: the side of the first rep
    bool alternate = false;  // reps alternate sides every rep
    int set = 1;             // set k of `sets`
    int sets = 1;
    int reps = 0; // rep target of a reps phase
    std::optional<double> tempo;
    double planned_seconds = 0; // self-paced reps: the estimate
    bool self_paced() const { return kind == PhaseKind::reps && !tempo; }
    bool is_exercise() const { return kind == PhaseKind::hold || kind == PhaseKind::reps; }
};

struct SessionPlan {
    std::vector<Phase> phases;
    double total_seconds() const;
};

// The side of rep `rep` (1-based): alternating reps start on the phase's side and swap every rep.
Side rep_side(const Phase& phase, int rep);

// Unknown exercise ids are expected to have been rejected by validation; such steps are skipped.
SessionPlan build_plan(const Routine& routine, const ExerciseLookup& lookup);

// build_plan(routine, lookup).total_seconds(), to the last bit, without building the phases: the
// library estimates every routine's length when it loads, and the phases' text would cost more
// than the rest of loading.
double planned_seconds(const Routine& routine, const ExerciseLookup& lookup);

} // namespace unknot
