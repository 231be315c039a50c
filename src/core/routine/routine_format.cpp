#include "core/routine/routine_format.h"

#include "core/base/suggest.h"
#include "core/json/json_guard.h"
#include "core/routine/routine_validation.h"
#include "core/routine/side_text.h"

#include <algorithm>

namespace unknot {

namespace {

bool names_exercise(const Step& step)
{
    return step.kind != StepKind::rest && !step.exercise.empty();
}

std::string step_pointer(std::size_t index)
{
    return "/routine/steps/" + std::to_string(index);
}

Problem unknown_exercise(const std::string& file_name, std::size_t index, const std::string& id,
                         const KnownExercises& known)
{
    std::vector<std::string> ids;
    ids.reserve(known.size());
    for (const auto& [known_id, sides] : known)
        ids.push_back(known_id);
    std::string message = "unknown exercise \"" + id + "\"";
    if (const auto suggestion = nearest_word(id, ids))
        message += "; did you mean \"" + *suggestion + "\"?";
    return Problem{file_name, 0, 0, step_pointer(index) + "/exercise", message};
}

// A step's texts and where they are: its note and title, then each translation's.
std::vector<std::pair<std::string, const std::string*>> step_texts(const Routine& routine,
                                                                   std::size_t index)
{
    const Step& step = routine.steps[index];
    std::vector<std::pair<std::string, const std::string*>> texts{
        {step_pointer(index) + "/note", &step.note}, {step_pointer(index) + "/timed", &step.title}};
    for (const auto& [language, translation] : routine.translations) {
        if (index >= translation.steps.size())
            continue;
        const std::string at =
            "/routine/translations/" + language + "/steps/" + std::to_string(index);
        texts.push_back({at + "/note", &translation.steps[index].note});
        texts.push_back({at + "/title", &translation.steps[index].title});
    }
    return texts;
}

void check_step_sides(const std::string& file_name, const Routine& routine, std::size_t index,
                      Sides sides, Problems& problems)
{
    if (sides != Sides::none)
        return;
    for (const auto& [pointer, text] : step_texts(routine, index)) {
        if (has_side_choice(*text))
            problems.push_back(Problem{file_name, 0, 0, pointer,
                                       "side choices such as {left|right} need a step whose "
                                       "exercise has \"sides\": \"each\" or \"alternate\""});
    }
}

} // namespace

ParseResult parse_routine_file(std::string_view bytes, const std::string& file_name)
{
    GuardedJson guarded = read_json_guarded(bytes, file_name);
    ParseResult result;
    result.problems = std::move(guarded.problems);
    if (!guarded.document)
        return result;
    RoutineFile file = read_routine_document(*guarded.document, file_name, result.problems);
    if (result.problems.empty())
        result.file = std::move(file);
    return result;
}

KnownExercises known_exercises(const std::vector<Exercise>& exercises)
{
    KnownExercises known;
    for (const Exercise& exercise : exercises)
        known.emplace(exercise.id, exercise.sides);
    return known;
}

Problems check_references(const RoutineFile& file, const std::string& file_name,
                          const KnownExercises& known)
{
    Problems problems;
    if (!file.routine)
        return problems;
    KnownExercises all = known;
    for (const Exercise& exercise : file.exercises)
        all.emplace(exercise.id, exercise.sides); // a known exercise of the same id wins
    const auto& steps = file.routine->steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto it = names_exercise(steps[i]) ? all.find(steps[i].exercise) : all.end();
        if (names_exercise(steps[i]) && it == all.end())
            problems.push_back(unknown_exercise(file_name, i, steps[i].exercise, all));
        else
            check_step_sides(file_name, *file.routine, i,
                             it == all.end() ? Sides::none : it->second, problems);
    }
    return problems;
}

} // namespace unknot
