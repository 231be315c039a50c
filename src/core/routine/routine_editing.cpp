#include "core/routine/routine_editing.h"

#include "core/routine/routine_format.h"
#include "core/routine/routine_limits.h"

#include <algorithm>

namespace unknot {

namespace {

constexpr std::size_t kMaxIdLength = limits::id_chars;

bool contains(const std::vector<std::string>& list, std::string_view item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool has_problem_at(const Problems& problems, const std::string& pointer)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& problem) { return problem.pointer == pointer; });
}

// Lower-case a-z, 0-9 and single dashes between words.
std::string slug(std::string_view title)
{
    std::string result;
    bool dash = false;
    for (const char c : title) {
        const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
        if (!keep) {
            dash = !result.empty();
            continue;
        }
        if (dash)
            result += '-';
        dash = false;
        result += lower;
    }
    return result;
}

std::string trimmed_to(std::string id, std::size_t length)
{
    id.resize(std::min(id.size(), length));
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

Problem id_problem(const std::string& file_name, const std::string& pointer, std::string message)
{
    return Problem{file_name, 0, 0, pointer, std::move(message)};
}

} // namespace

EditContext edit_context(const RoutineLibrary& library, std::string_view own_id,
                         const std::vector<Exercise>& extra_exercises)
{
    EditContext context;
    context.exercises = library.known_exercises();
    for (const Exercise& exercise : extra_exercises)
        context.exercises.emplace(exercise.id, exercise.sides);
    for (const LibraryRoutine& entry : library.routines()) {
        if (entry.routine.id != own_id)
            context.taken_routine_ids.push_back(entry.routine.id);
    }
    return context;
}

Problems validate_routine_edit(const RoutineFile& file, const std::string& file_name,
                               const EditContext& context)
{
    Problems problems = parse_routine_file(write_routine_file(file), file_name).problems;
    for (Problem& unknown : check_references(file, file_name, context.exercises)) {
        if (!has_problem_at(problems, unknown.pointer))
            problems.push_back(std::move(unknown));
    }
    if (file.routine && contains(context.taken_routine_ids, file.routine->id) &&
        !has_problem_at(problems, "/routine/id"))
        problems.push_back(
            id_problem(file_name, "/routine/id",
                       "another routine already has the id \"" + file.routine->id + "\""));
    return problems;
}

Problems validate_new_exercise(const Exercise& exercise, const std::vector<std::string>& taken_ids)
{
    RoutineFile file;
    file.exercises.push_back(exercise);
    const std::string name = "exercise";
    Problems problems = parse_routine_file(write_routine_file(file), name).problems;
    if (contains(taken_ids, exercise.id) && !has_problem_at(problems, "/exercises/0/id"))
        problems.push_back(
            id_problem(name, "/exercises/0/id",
                       "another exercise already has the id \"" + exercise.id + "\""));
    return problems;
}

std::string make_unique_id(std::string_view title, const std::vector<std::string>& taken,
                           std::string_view fallback)
{
    std::string base = trimmed_to(slug(title), kMaxIdLength);
    if (base.empty())
        base = trimmed_to(slug(fallback), kMaxIdLength);
    if (base.empty())
        base = "routine";
    if (!contains(taken, base))
        return base;
    for (int n = 2;; ++n) {
        const std::string suffix = "-" + std::to_string(n);
        const std::string id = trimmed_to(base, kMaxIdLength - suffix.size()) + suffix;
        if (!contains(taken, id))
            return id;
    }
}

RoutineFile duplicate_for_editing(RoutineFile file, const std::vector<std::string>& taken_ids)
{
    if (!file.routine)
        return file;
    Routine& routine = *file.routine;
    routine.title += " (copy)";
    routine.id = make_unique_id(routine.title, taken_ids);
    return file;
}

RoutineFile self_contained(RoutineFile file, const std::vector<Exercise>& user_exercises)
{
    if (!file.routine)
        return file;
    for (const Step& step : file.routine->steps) {
        const auto defined = [&](const Exercise& e) { return e.id == step.exercise; };
        if (std::any_of(file.exercises.begin(), file.exercises.end(), defined))
            continue;
        const auto user = std::find_if(user_exercises.begin(), user_exercises.end(), defined);
        if (user != user_exercises.end())
            file.exercises.push_back(*user);
    }
    return file;
}

namespace {

void check_own_exercises(const RoutineFile& file, const std::string& file_name,
                         const RoutineLibrary& library, Problems& problems)
{
    for (std::size_t i = 0; i < file.exercises.size(); ++i) {
        const Exercise& exercise = file.exercises[i];
        const Exercise* existing = library.find_exercise(exercise.id);
        if (existing && *existing != exercise)
            problems.push_back(
                id_problem(file_name, "/exercises/" + std::to_string(i) + "/id",
                           "your library already has a different exercise with the id \"" +
                               exercise.id + "\"; give this one another id"));
    }
}

} // namespace

ImportCheck check_import(std::string_view bytes, const std::string& file_name,
                         const RoutineLibrary& library)
{
    ImportCheck check;
    ParseResult parsed = parse_routine_file(bytes, file_name);
    check.problems = std::move(parsed.problems);
    if (!parsed.file)
        return check;
    if (!parsed.file->routine) {
        check.problems.push_back(
            Problem{file_name, 0, 0, {}, "the file has no \"routine\" to import"});
        return check;
    }
    check.problems = check_references(*parsed.file, file_name, library.known_exercises());
    check_own_exercises(*parsed.file, file_name, library, check.problems);
    if (!check.problems.empty())
        return check;
    const EditContext context = edit_context(library, {}, {});
    check.id_taken = contains(context.taken_routine_ids, parsed.file->routine->id);
    if (check.id_taken)
        check.suggested_id = make_unique_id(parsed.file->routine->id, context.taken_routine_ids);
    check.file = std::move(parsed.file);
    return check;
}

} // namespace unknot
