// The routine model: exercises, steps and routines as plain values (format version 1).
#pragma once

#include "core/figure/pose.h"
#include "core/figure/sides.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

inline constexpr int kFormatVersion = 1;

struct Variation {
    std::string name;
    std::string description;
    bool operator==(const Variation&) const = default;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    std::vector<std::string> instructions; // ordered, at least one
    std::vector<std::string> cues;         // form cues
    std::vector<std::string> cautions;     // when to stop
    std::vector<std::string> equipment; // foam-roller, tennis-ball, wall, towel, chair, band, mat
    std::vector<std::string> focus;     // e.g. mid-back, upper-back, shoulders, neck
    Sides sides = Sides::none;
    std::vector<Variation> variations;
    std::string illustration;     // plain file name, may be empty
    std::optional<Figure> figure; // the drawn figure and its movement (core/figure/pose.h)
    bool operator==(const Exercise&) const = default;
};

// hold: a timed hold (per side when sided); reps: a count, paced by tempo or confirmed with Done;
// timed: a plain timed activity such as a heat pack or breathing; rest: a plain rest.
enum class StepKind { hold, reps, timed, rest };

struct Step {
    StepKind kind = StepKind::hold;
    std::string exercise;        // hold, reps: the exercise id
    int hold_seconds = 0;        // hold: seconds per side
    int reps = 0;                // reps: per side for `each`, in total for `alternate`
    std::optional<double> tempo; // reps: seconds per rep; none means self-paced (Done)
    int sets = 1;
    int rest_between_sets = 0; // seconds
    int rest_after = 0;        // seconds
    std::string title;         // timed: what to do ("Heat on the upper back")
    int seconds = 0;           // timed, rest: duration
    std::string note;          // optional, any kind
    bool operator==(const Step&) const = default;
};

struct Routine {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> focus;
    int weekly_target = 3;    // sessions per week
    int lead_in_seconds = 10; // "get ready" before each exercise
    std::vector<std::string> notes;
    std::vector<std::string> see_a_professional;
    std::string credit; // where the content comes from
    std::vector<Step> steps;
    bool operator==(const Routine&) const = default;
};

// One routine file: its own exercises (so a shared file is self-contained) and at most one routine.
struct RoutineFile {
    int format = kFormatVersion;
    std::vector<Exercise> exercises;
    std::optional<Routine> routine;
    bool operator==(const RoutineFile&) const = default;
};

// Finds an exercise by id, or nullptr: the library, an editor's draft, a test's table.
using ExerciseLookup = std::function<const Exercise*(std::string_view id)>;

} // namespace unknot
