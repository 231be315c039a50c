// All routines and exercises the app knows: the built-in ones and the user's own files.
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"
#include "core/routine/routine_format.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
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
    // The library as load() would give it after the user files at `changed` were written,
    // created or removed, reading only those: every other source is taken from `library` as it
    // was read. A changed path that is not a *.json file is ignored.
    static RoutineLibrary reloaded(const RoutineLibrary& library,
                                   const std::vector<std::filesystem::path>& changed);

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
    struct Slot {           // where one exercise or routine of a source went
        bool spare = false; // in spare_exercises_ or spare_routines_, not in the library
        std::size_t index = 0;
    };
    struct SourceRecord {
        std::string source;
        bool built_in = false;
        Problems problems;   // found reading and parsing it
        bool parsed = false; // else it gave nothing but its problems
        std::vector<Slot> exercises;
        std::optional<Slot> routine;
    };

    std::vector<Exercise> exercises_;
    std::vector<LibraryRoutine> routines_;
    Problems problems_;
    std::map<std::string, std::size_t, std::less<>> exercise_index_;
    std::map<std::string, std::size_t, std::less<>> routine_index_;
    std::map<std::string, std::string, std::less<>> exercise_sources_; // id -> where defined
    // Every source in load order and where its contents went, so that reloaded() can give each
    // one back as it was read; what was read but left out (an id taken) is kept aside.
    std::vector<SourceRecord> sources_;
    std::vector<Exercise> spare_exercises_;
    std::vector<Routine> spare_routines_;

    static RoutineLibrary assemble(std::vector<LoadedFile> loaded);
    std::vector<LoadedFile> as_read() const;
    void add_exercises(const LoadedFile& loaded, SourceRecord& record);
    void add_routine(LoadedFile& loaded, SourceRecord& record,
                     const KnownExercises& known); // moves the routine in
};

} // namespace unknot
