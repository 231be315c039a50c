#include "core/routine/routine_library.h"

#include "core/routine/translated.h"

#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"
#include "core/routine/session_plan.h"

#include <algorithm>
#include <optional>

namespace unknot {

namespace fs = std::filesystem;

struct RoutineLibrary::LoadedFile {
    RoutineFile file;
    std::string source;
    bool built_in = false;
};

namespace {

Problem file_problem(const std::string& file, std::string message)
{
    return Problem{file, 0, 0, {}, std::move(message)};
}

// The *.json files directly inside `folder`, sorted by name.
std::vector<fs::path> user_files(const fs::path& folder, Problems& problems)
{
    std::vector<fs::path> files;
    std::error_code error;
    if (folder.empty() || !fs::exists(folder, error))
        return files;
    fs::directory_iterator it(folder, error);
    if (error) {
        problems.push_back(file_problem(folder.string(), "cannot read folder: " + error.message()));
        return files;
    }
    for (const fs::directory_entry& entry : it) {
        // A folder is passed over; a pipe or a device is named when it is (not) read.
        if (entry.path().extension() == ".json" && !entry.is_directory(error))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<std::string> read_user_file(const fs::path& path, Problems& problems)
{
    FileRead read = read_json_file(path);
    if (!read.ok()) {
        problems.push_back(file_problem(path.string(), read.error));
        return std::nullopt;
    }
    return std::move(read.bytes);
}

std::string describe_source(const std::string& source, bool built_in)
{
    return (built_in ? "built-in " : "") + source;
}

} // namespace

RoutineLibrary RoutineLibrary::load(const std::vector<RoutineSource>& built_in,
                                    const fs::path& user_dir)
{
    RoutineLibrary library;
    std::vector<LoadedFile> loaded;
    const auto parse = [&](std::string_view bytes, const std::string& name, bool is_built_in) {
        ParseResult result = parse_routine_file(bytes, name);
        library.problems_.insert(library.problems_.end(), result.problems.begin(),
                                 result.problems.end());
        if (result.file)
            loaded.push_back(LoadedFile{std::move(*result.file), name, is_built_in});
    };
    for (const RoutineSource& source : built_in)
        parse(source.bytes, source.name, true);
    for (const fs::path& path : user_files(user_dir, library.problems_)) {
        if (const auto bytes = read_user_file(path, library.problems_))
            parse(*bytes, path.string(), false);
    }
    library.routines_.reserve(loaded.size());
    for (const LoadedFile& file : loaded)
        library.add_exercises(file);
    for (LoadedFile& file : loaded)
        library.add_routine(file);
    return library;
}

void RoutineLibrary::add_exercises(const LoadedFile& loaded)
{
    const auto& exercises = loaded.file.exercises;
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const Exercise& exercise = exercises[i];
        if (const Exercise* existing = find_exercise(exercise.id)) {
            if (*existing != exercise)
                problems_.push_back(
                    Problem{loaded.source, 0, 0, "/exercises/" + std::to_string(i) + "/id",
                            "exercise \"" + exercise.id + "\" is already defined by " +
                                exercise_sources_.find(exercise.id)->second +
                                "; this definition is not used (give it another id)"});
            continue;
        }
        exercise_index_.emplace(exercise.id, exercises_.size());
        exercise_sources_.emplace(exercise.id, describe_source(loaded.source, loaded.built_in));
        exercises_.push_back(exercise);
    }
}

void RoutineLibrary::add_routine(LoadedFile& loaded)
{
    if (!loaded.file.routine)
        return;
    const Routine& routine = *loaded.file.routine;
    if (const Problems problems = check_references(loaded.file, loaded.source, known_exercises());
        !problems.empty()) {
        problems_.insert(problems_.end(), problems.begin(), problems.end());
        return;
    }
    if (const LibraryRoutine* existing = find_routine(routine.id)) {
        problems_.push_back(Problem{loaded.source, 0, 0, "/routine/id",
                                    "routine id \"" + routine.id + "\" is already used by " +
                                        describe_source(existing->source, existing->built_in) +
                                        "; this routine is skipped (give it another id)"});
        return;
    }
    const double seconds = planned_seconds(routine, lookup());
    routine_index_.emplace(routine.id, routines_.size());
    routines_.push_back(
        LibraryRoutine{std::move(*loaded.file.routine), loaded.built_in, loaded.source, seconds});
}

std::vector<std::string> RoutineLibrary::exercise_ids() const
{
    std::vector<std::string> ids;
    ids.reserve(exercises_.size());
    for (const Exercise& exercise : exercises_)
        ids.push_back(exercise.id);
    return ids;
}

KnownExercises RoutineLibrary::known_exercises() const
{
    return unknot::known_exercises(exercises_);
}

const Exercise* RoutineLibrary::find_exercise(std::string_view id) const
{
    const auto it = exercise_index_.find(id);
    return it == exercise_index_.end() ? nullptr : &exercises_[it->second];
}

const LibraryRoutine* RoutineLibrary::find_routine(std::string_view id) const
{
    const auto it = routine_index_.find(id);
    return it == routine_index_.end() ? nullptr : &routines_[it->second];
}

ExerciseLookup RoutineLibrary::lookup() const
{
    return [this](std::string_view id) { return find_exercise(id); };
}

RoutineLibrary RoutineLibrary::in_language(std::string_view language) const
{
    RoutineLibrary out = *this;
    for (Exercise& exercise : out.exercises_)
        exercise = translated(exercise, language);
    for (LibraryRoutine& entry : out.routines_)
        entry.routine = translated(entry.routine, language);
    return out;
}

} // namespace unknot
