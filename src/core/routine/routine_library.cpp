#include "core/routine/routine_library.h"

#include "core/routine/translated.h"

#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"
#include "core/routine/session_plan.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace unknot {

namespace fs = std::filesystem;

struct RoutineLibrary::LoadedFile {
    std::string source;
    bool built_in = false;
    Problems problems;               // reading and parsing it
    std::optional<RoutineFile> file; // none when it could not be read or parsed
};

namespace {

Problem file_problem(const std::string& file, std::string message)
{
    return Problem{file, 0, 0, {}, std::move(message)};
}

// The *.json files directly inside `folder`, sorted by name (as strings: the folder is the same).
std::vector<std::string> user_files(const fs::path& folder, Problems& problems)
{
    std::vector<std::string> files;
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
            files.push_back(entry.path().string());
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

bool same_file(const std::string& source, const fs::path& path)
{
    return fs::path(source).lexically_normal() == path.lexically_normal();
}

} // namespace

RoutineLibrary RoutineLibrary::load(const std::vector<RoutineSource>& built_in,
                                    const fs::path& user_dir)
{
    std::vector<LoadedFile> loaded;
    const auto parse = [&loaded](std::string_view bytes, std::string name, bool is_built_in) {
        ParseResult result = parse_routine_file(bytes, name);
        loaded.push_back(LoadedFile{std::move(name), is_built_in, std::move(result.problems),
                                    std::move(result.file)});
    };
    for (const RoutineSource& source : built_in)
        parse(source.bytes, source.name, true);
    Problems folder_problems;
    std::vector<std::string> paths = user_files(user_dir, folder_problems);
    if (!folder_problems.empty())
        loaded.push_back(LoadedFile{user_dir.string(), false, std::move(folder_problems), {}});
    for (std::string& path : paths) {
        Problems problems;
        if (const auto bytes = read_user_file(path, problems))
            parse(*bytes, std::move(path), false);
        else
            loaded.push_back(LoadedFile{std::move(path), false, std::move(problems), {}});
    }
    return assemble(std::move(loaded));
}

RoutineLibrary RoutineLibrary::reloaded(const RoutineLibrary& library,
                                        const std::vector<fs::path>& changed)
{
    std::vector<LoadedFile> loaded = library.as_read();
    for (const fs::path& path : changed) {
        if (path.extension() != ".json")
            continue;
        std::erase_if(loaded, [&path](const LoadedFile& file) {
            return !file.built_in && same_file(file.source, path);
        });
        std::error_code error;
        if (!fs::is_regular_file(path, error))
            continue; // removed
        LoadedFile fresh{path.string(), false, {}, {}};
        if (const auto bytes = read_user_file(path, fresh.problems)) {
            ParseResult result = parse_routine_file(*bytes, fresh.source);
            fresh.problems = std::move(result.problems);
            fresh.file = std::move(result.file);
        }
        const auto after = std::find_if(loaded.begin(), loaded.end(), [&fresh](const auto& file) {
            return !file.built_in && file.source > fresh.source;
        });
        loaded.insert(after, std::move(fresh));
    }
    return assemble(std::move(loaded));
}

RoutineLibrary RoutineLibrary::assemble(std::vector<LoadedFile> loaded)
{
    RoutineLibrary library;
    library.sources_.reserve(loaded.size());
    library.routines_.reserve(loaded.size());
    for (const LoadedFile& file : loaded) {
        library.problems_.insert(library.problems_.end(), file.problems.begin(),
                                 file.problems.end());
        library.sources_.push_back(
            SourceRecord{file.source, file.built_in, file.problems, file.file.has_value(), {}, {}});
    }
    for (std::size_t i = 0; i < loaded.size(); ++i)
        if (loaded[i].file)
            library.add_exercises(loaded[i], library.sources_[i]);
    const KnownExercises known = library.known_exercises(); // complete: every file's are in
    for (std::size_t i = 0; i < loaded.size(); ++i)
        if (loaded[i].file)
            library.add_routine(loaded[i], library.sources_[i], known);
    return library;
}

// Every source as it was read: what assemble() was given.
std::vector<RoutineLibrary::LoadedFile> RoutineLibrary::as_read() const
{
    std::vector<LoadedFile> loaded;
    loaded.reserve(sources_.size());
    for (const SourceRecord& record : sources_) {
        LoadedFile file{record.source, record.built_in, record.problems, {}};
        if (record.parsed) {
            RoutineFile& parsed = file.file.emplace();
            parsed.exercises.reserve(record.exercises.size());
            for (const Slot& slot : record.exercises)
                parsed.exercises.push_back(slot.spare ? spare_exercises_[slot.index]
                                                      : exercises_[slot.index]);
            if (record.routine)
                parsed.routine = record.routine->spare ? spare_routines_[record.routine->index]
                                                       : routines_[record.routine->index].routine;
        }
        loaded.push_back(std::move(file));
    }
    return loaded;
}

void RoutineLibrary::add_exercises(const LoadedFile& loaded, SourceRecord& record)
{
    const auto& exercises = loaded.file->exercises;
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const Exercise& exercise = exercises[i];
        if (const Exercise* existing = find_exercise(exercise.id)) {
            if (*existing == exercise) {
                record.exercises.push_back(Slot{false, exercise_index_.find(exercise.id)->second});
                continue;
            }
            problems_.push_back(Problem{loaded.source, 0, 0,
                                        "/exercises/" + std::to_string(i) + "/id",
                                        "exercise \"" + exercise.id + "\" is already defined by " +
                                            exercise_sources_.find(exercise.id)->second +
                                            "; this definition is not used (give it another id)"});
            record.exercises.push_back(Slot{true, spare_exercises_.size()});
            spare_exercises_.push_back(exercise);
            continue;
        }
        record.exercises.push_back(Slot{false, exercises_.size()});
        exercise_index_.emplace(exercise.id, exercises_.size());
        exercise_sources_.emplace(exercise.id, describe_source(loaded.source, loaded.built_in));
        exercises_.push_back(exercise);
    }
}

void RoutineLibrary::add_routine(LoadedFile& loaded, SourceRecord& record,
                                 const KnownExercises& known)
{
    if (!loaded.file->routine)
        return;
    const auto set_aside = [&] {
        record.routine = Slot{true, spare_routines_.size()};
        spare_routines_.push_back(std::move(*loaded.file->routine));
    };
    const Routine& routine = *loaded.file->routine;
    if (const Problems unknown = check_references(*loaded.file, loaded.source, known);
        !unknown.empty()) {
        problems_.insert(problems_.end(), unknown.begin(), unknown.end());
        set_aside();
        return;
    }
    if (const LibraryRoutine* existing = find_routine(routine.id)) {
        problems_.push_back(Problem{loaded.source, 0, 0, "/routine/id",
                                    "routine id \"" + routine.id + "\" is already used by " +
                                        describe_source(existing->source, existing->built_in) +
                                        "; this routine is skipped (give it another id)"});
        set_aside();
        return;
    }
    const double seconds = planned_seconds(routine, lookup());
    record.routine = Slot{false, routines_.size()};
    routine_index_.emplace(routine.id, routines_.size());
    routines_.push_back(
        LibraryRoutine{std::move(*loaded.file->routine), loaded.built_in, loaded.source, seconds});
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
