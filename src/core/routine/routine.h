// The routine model: exercises, steps and routines as plain values (routines/FORMAT.md).
#pragma once

#include "core/figure/pose.h"
#include "core/figure/sides.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// The newest format this version reads; the writer writes the lowest one the content needs.
inline constexpr int kFormatVersion = 2;

// Texts may hold side choices, "{left text|right text}", in sided exercises (core/routine/
// side_text.h renders them). An empty text or list in a translation means "not translated".

struct Variation {
    std::string name;
    std::string description;
    bool operator==(const Variation&) const = default;
};

// One movement instruction, tied to the key pose of the exercise's figure where it happens.
struct Instruction {
    std::string text;
    std::string pose; // a key pose name; empty: not tied
    Instruction() = default;
    // Implicit on purpose: an untied instruction is just its text.
    Instruction(std::string words, std::string key_pose = {})
        : text(std::move(words)), pose(std::move(key_pose))
    {}
    Instruction(const char* words) : text(words) {}
    bool operator==(const Instruction&) const = default;
};

std::vector<Instruction> untied(const std::vector<std::string>& texts);
std::vector<std::string> texts_of(const std::vector<Instruction>& instructions);

// An exercise's texts in another language; the poses of the instructions are the original's.
struct ExerciseTranslation {
    std::string name;
    std::string summary;
    std::vector<std::string> setup;
    std::vector<std::string> instructions;
    std::vector<std::string> cues;
    std::vector<std::string> cautions;
    std::vector<std::string> preparation;
    std::vector<std::string> breathing;
    std::vector<Variation> variations;
    bool operator==(const ExerciseTranslation&) const = default;
};

// Language code ("de", [a-z]{2,3}) -> texts in that language.
template <class T> using Translations = std::map<std::string, T, std::less<>>;

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    std::vector<std::string> setup;        // getting into the starting position
    std::vector<Instruction> instructions; // the movement, in order, at least one
    std::vector<std::string> cues;         // form cues
    std::vector<std::string> cautions;     // stop conditions only, each a full sentence
    std::vector<std::string> preparation;  // to do or check before starting
    std::vector<std::string> breathing;    // reminders rotated through long holds
    std::vector<std::string> equipment; // foam-roller, tennis-ball, wall, towel, chair, band, mat
    std::vector<std::string> focus;     // e.g. mid-back, upper-back, shoulders, neck
    Sides sides = Sides::none;
    std::vector<Variation> variations;
    std::string illustration;     // plain file name, may be empty
    std::optional<Figure> figure; // the drawn figure and its movement (core/figure/pose.h)
    Translations<ExerciseTranslation> translations;
    bool operator==(const Exercise&) const = default;
};

// A dose that moves over a programme's weeks: from `start` to `target` by `step` (the last step
// may be shorter, so that the target is reached exactly).
struct DoseRange {
    int start = 0;
    int target = 0;
    int step = 1;
    bool operator==(const DoseRange&) const = default;
};

// How a step's dose moves in a programme (core/programme/dose.h): the hold (hold steps) or the
// reps (reps steps) first, then the sets. Outside a programme the step's own values are played.
struct Progression {
    std::optional<DoseRange> hold;
    std::optional<DoseRange> reps;
    std::optional<DoseRange> sets;
    bool operator==(const Progression&) const = default;
};

// hold: a timed hold (per side when sided); reps: a count, paced by tempo or confirmed with Done;
// timed: a plain timed activity such as a heat pack or breathing; rest: a plain rest.
enum class StepKind { hold, reps, timed, rest };

struct Step {
    StepKind kind = StepKind::hold;
    std::string exercise;        // hold, reps: the exercise id; timed: one it borrows texts from
    int hold_seconds = 0;        // hold: seconds per side
    int reps = 0;                // reps: per side for `each`, in total for `alternate`
    std::optional<double> tempo; // reps: seconds per rep; none means self-paced (Done)
    int sets = 1;
    int rest_between_sets = 0;              // seconds
    int rest_after = 0;                     // seconds
    std::string title;                      // timed: what to do ("Heat on the upper back")
    int seconds = 0;                        // timed, rest: duration
    std::string note;                       // optional, any kind
    std::optional<Progression> progression; // hold, reps: how the dose moves in a programme
    bool operator==(const Step&) const = default;
};

// When to get help, most urgent first. Format 1's see_a_professional is `professional`.
struct RedFlags {
    std::vector<std::string> emergency;    // stop and call the emergency number now
    std::vector<std::string> doctor_soon;  // see a doctor soon (days)
    std::vector<std::string> professional; // see a physiotherapist or doctor if it does not help
    bool empty() const { return emergency.empty() && doctor_soon.empty() && professional.empty(); }
    bool operator==(const RedFlags&) const = default;
};

struct StepTranslation {
    std::string title; // timed steps
    std::string note;
    bool operator==(const StepTranslation&) const = default;
};

struct RoutineTranslation {
    std::string title;
    std::string summary;
    std::vector<std::string> notes;
    RedFlags red_flags;
    std::vector<std::string> check_first;
    std::vector<std::string> before_you_start;
    std::string credit;
    std::vector<StepTranslation> steps; // one per step, or none
    bool operator==(const RoutineTranslation&) const = default;
};

struct Routine {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> focus;
    int weekly_target = 3;    // sessions per week
    int lead_in_seconds = 10; // "get ready" before each exercise
    std::vector<std::string> notes;
    RedFlags red_flags;
    std::vector<std::string> check_first;      // check with a professional before starting if ...
    std::vector<std::string> before_you_start; // shown before the first exercise
    std::string credit;                        // the source's title, shown to users
    std::string source_file; // the source's plain file name, for traceability; not shown
    std::vector<Step> steps;
    Translations<RoutineTranslation> translations;
    bool operator==(const Routine&) const = default;
};

// One routine file: its own exercises (so a shared file is self-contained) and at most one routine.
// The format it is written in is not part of the value: see required_format().
struct RoutineFile {
    std::vector<Exercise> exercises;
    std::optional<Routine> routine;
    bool operator==(const RoutineFile&) const = default;
};

// Finds an exercise by id, or nullptr: the library, an editor's draft, a test's table.
using ExerciseLookup = std::function<const Exercise*(std::string_view id)>;

} // namespace unknot
