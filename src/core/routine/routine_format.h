// Reading, checking and writing routine files (routines/FORMAT.md, formats 1 and 2).
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

struct ParseResult {
    std::optional<RoutineFile> file; // set only when `problems` is empty
    Problems problems;               // every problem found, in file order where possible
};

// Parses and checks a whole file. `file_name` is how problems name the file.
// Encoding and syntax problems: "FILE:LINE:COL: message" (parsing stops at the first);
// meaning problems: "FILE: /json/pointer: message" (all of them).
// Exercise references are not checked here: see check_references.
ParseResult parse_routine_file(std::string_view bytes, const std::string& file_name);

// The exercises a file's steps may name besides its own, with their sides.
using KnownExercises = std::map<std::string, Sides, std::less<>>;
KnownExercises known_exercises(const std::vector<Exercise>& exercises);

// Every step's exercise must be defined in `file` or be one of `known`; unknown ids name the
// nearest known one when it is close ("did you mean ...?"). A side choice in a step's note or
// title (or their translations) needs an exercise with sides.
Problems check_references(const RoutineFile& file, const std::string& file_name,
                          const KnownExercises& known);

// 2 when the file uses anything that only format 2 can say (routines/FORMAT.md), else 1.
int required_format(const RoutineFile& file);

// Pretty JSON (2-space indent, keys in the documented order, defaults left out, ending in a
// newline) in required_format(file); parse_routine_file(write_routine_file(x)).file == x for
// every valid x.
std::string write_routine_file(const RoutineFile& file);

} // namespace unknot
