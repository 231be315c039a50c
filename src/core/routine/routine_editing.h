// Editing routines: the loader's checks on an in-memory routine, new ids, copies to edit,
// self-contained exports and safe imports.
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"
#include "core/routine/routine_format.h"
#include "core/routine/routine_library.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// What a routine being edited may refer to and must not clash with.
struct EditContext {
    KnownExercises exercises;                   // exercises a step may name (besides the file's)
    std::vector<std::string> taken_routine_ids; // ids of every other routine
};

// Builds the context for editing a routine whose id on disk is `own_id` (empty when new);
// `extra_exercises` are exercises not in the library yet (made while editing).
EditContext edit_context(const RoutineLibrary& library, std::string_view own_id,
                         const std::vector<Exercise>& extra_exercises);

// Every problem the loader would report for `file` (the file is written in the documented format
// and read back, so the rules are the loader's own), unknown exercises, and a routine id that is
// taken. Each problem has a JSON pointer such as /routine/steps/2/hold.
Problems validate_routine_edit(const RoutineFile& file, const std::string& file_name,
                               const EditContext& context);

// The format's rules for one new exercise (pointers start with /exercises/0), and its id.
Problems validate_new_exercise(const Exercise& exercise, const std::vector<std::string>& taken_ids);

// "My upper back" -> "my-upper-back"; then "-2", "-3", ... until it is not in `taken`.
// Letters outside a-z and digits are dropped; `fallback` is used when nothing is left.
std::string make_unique_id(std::string_view title, const std::vector<std::string>& taken,
                           std::string_view fallback = "routine");

// A copy to edit: " (copy)" after the title and a new id made from that title.
RoutineFile duplicate_for_editing(RoutineFile file, const std::vector<std::string>& taken_ids);

// The file to share: adds every exercise of `user_exercises` that a step uses and `file` does
// not define yet, so that the file loads on a machine without them.
RoutineFile self_contained(RoutineFile file, const std::vector<Exercise>& user_exercises);

struct ImportCheck {
    std::optional<RoutineFile> file; // set when there are no problems
    Problems problems;
    bool id_taken = false;    // the routine's id is used by a routine of the library
    std::string suggested_id; // a free id, when id_taken
};

// Checks a file before it is imported into the library: the format, a routine present, its
// exercise references, its own exercises against the library's, and whether its id is free.
ImportCheck check_import(std::string_view bytes, const std::string& file_name,
                         const RoutineLibrary& library);

} // namespace unknot
