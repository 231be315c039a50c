// All routines and exercises the app knows: the built-in ones and the user's own files.
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"
#include "core/routine/routine_format.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// A routine file given as bytes: core has no Qt resources, so the caller reads built-in files.
struct RoutineSource {
    std::string name; // how problems name it, e.g. "mid-back.json"
    std::string bytes;
};

struct LibraryRoutine {
    Routine routine;
    bool built_in = false;
    std::string source;           // the built-in source's name, or the user file's path
    double estimated_seconds = 0; // build_plan(routine, library.lookup()).total_seconds()
};

// A plain value built by load(); copy it freely. A bad file never stops the others: it is
// listed in problems() and left out. Nothing from a user file replaces what is already there.
class RoutineLibrary {
public:
    // Loads `built_in` in order, then every *.json file directly inside `user_dir` in name
    // order (a missing folder or an empty path means no user files). Exercises from every
    // file form the catalogue; a user exercise or routine whose id is taken is reported and
    // skipped (an identical copy of an exercise is accepted silently), and so is a routine that
    // names an unknown exercise.
    static RoutineLibrary load(const std::vector<RoutineSource>& built_in,
                               const std::filesystem::path& user_dir);

    const std::vector<Exercise>& exercises() const { return exercises_; }
    const std::vector<LibraryRoutine>& routines() const { return routines_; }
    const Problems& problems() const { return problems_; }
    std::vector<std::string> exercise_ids() const;
    KnownExercises known_exercises() const; // for check_references

    const Exercise* find_exercise(std::string_view id) const;
    const LibraryRoutine* find_routine(std::string_view id) const;
    // Looks exercises up in this library: valid while this object lives and is not moved.
    ExerciseLookup lookup() const;
    // A copy with every exercise's and routine's texts in `language` where the files have them,
    // the original elsewhere (core/routine/translated.h): what the library, the player and the
    // handout show. The editor edits the original.
    RoutineLibrary in_language(std::string_view language) const;

private:
    struct LoadedFile;

    std::vector<Exercise> exercises_;
    std::vector<LibraryRoutine> routines_;
    Problems problems_;
    std::map<std::string, std::size_t, std::less<>> exercise_index_;
    std::map<std::string, std::size_t, std::less<>> routine_index_;
    std::map<std::string, std::string, std::less<>> exercise_sources_; // id -> where defined

    void add_exercises(const LoadedFile& loaded);
    void add_routine(LoadedFile& loaded); // moves the routine into the library
};

} // namespace unknot
