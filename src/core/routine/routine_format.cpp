#include "core/routine/routine_format.h"

#include "core/base/suggest.h"
#include "core/figure/figure_format.h"
#include "core/json/json_guard.h"
#include "core/routine/routine_validation.h"

#include <algorithm>

namespace unknot {

using ordered = nlohmann::ordered_json;

namespace {

void put_text(ordered& object, const char* key, const std::string& value)
{
    if (!value.empty())
        object[key] = value;
}

void put_list(ordered& object, const char* key, const std::vector<std::string>& values)
{
    if (!values.empty())
        object[key] = values;
}

void put_int(ordered& object, const char* key, int value, int default_value)
{
    if (value != default_value)
        object[key] = value;
}

const char* sides_name(Sides sides)
{
    switch (sides) {
    case Sides::each:
        return "each";
    case Sides::alternate:
        return "alternate";
    case Sides::none:
        break;
    }
    return "none";
}

ordered exercise_json(const Exercise& exercise)
{
    ordered result;
    result["id"] = exercise.id;
    result["name"] = exercise.name;
    result["summary"] = exercise.summary;
    result["instructions"] = exercise.instructions;
    put_list(result, "cues", exercise.cues);
    put_list(result, "cautions", exercise.cautions);
    put_list(result, "equipment", exercise.equipment);
    put_list(result, "focus", exercise.focus);
    if (exercise.sides != Sides::none)
        result["sides"] = sides_name(exercise.sides);
    if (!exercise.variations.empty()) {
        ordered variations = ordered::array();
        for (const Variation& variation : exercise.variations)
            variations.push_back(
                {{"name", variation.name}, {"description", variation.description}});
        result["variations"] = std::move(variations);
    }
    put_text(result, "illustration", exercise.illustration);
    if (exercise.figure)
        result["figure"] = figure_json(*exercise.figure);
    return result;
}

ordered step_json(const Step& step)
{
    ordered result;
    switch (step.kind) {
    case StepKind::hold:
    case StepKind::reps:
        result["exercise"] = step.exercise;
        if (step.kind == StepKind::hold) {
            result["hold"] = step.hold_seconds;
        } else {
            result["reps"] = step.reps;
            if (step.tempo)
                result["tempo"] = *step.tempo;
        }
        put_int(result, "sets", step.sets, 1);
        put_int(result, "rest_between_sets", step.rest_between_sets, 0);
        break;
    case StepKind::timed:
        result["timed"] = step.title;
        result["seconds"] = step.seconds;
        break;
    case StepKind::rest:
        result["rest"] = step.seconds;
        break;
    }
    if (step.kind != StepKind::rest)
        put_int(result, "rest_after", step.rest_after, 0);
    put_text(result, "note", step.note);
    return result;
}

ordered routine_json(const Routine& routine)
{
    const Routine defaults;
    ordered result;
    result["id"] = routine.id;
    result["title"] = routine.title;
    result["summary"] = routine.summary;
    put_list(result, "focus", routine.focus);
    put_int(result, "weekly_target", routine.weekly_target, defaults.weekly_target);
    put_int(result, "lead_in", routine.lead_in_seconds, defaults.lead_in_seconds);
    put_list(result, "notes", routine.notes);
    put_list(result, "see_a_professional", routine.see_a_professional);
    put_text(result, "credit", routine.credit);
    ordered steps = ordered::array();
    for (const Step& step : routine.steps)
        steps.push_back(step_json(step));
    result["steps"] = std::move(steps);
    return result;
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

Problems check_references(const RoutineFile& file, const std::string& file_name,
                          const std::vector<std::string>& known_exercise_ids)
{
    Problems problems;
    if (!file.routine)
        return problems;
    std::vector<std::string> known = known_exercise_ids;
    for (const Exercise& exercise : file.exercises)
        known.push_back(exercise.id);
    const auto& steps = file.routine->steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string& id = steps[i].exercise;
        const bool uses_exercise =
            steps[i].kind == StepKind::hold || steps[i].kind == StepKind::reps;
        if (!uses_exercise || std::find(known.begin(), known.end(), id) != known.end())
            continue;
        std::string message = "unknown exercise \"" + id + "\"";
        if (const auto suggestion = nearest_word(id, known))
            message += "; did you mean \"" + *suggestion + "\"?";
        problems.push_back(
            Problem{file_name, 0, 0, "/routine/steps/" + std::to_string(i) + "/exercise", message});
    }
    return problems;
}

std::string write_routine_file(const RoutineFile& file)
{
    ordered document;
    document["format"] = file.format;
    // A file without a routine keeps its (possibly empty) list: it must name one of the two.
    if (!file.exercises.empty() || !file.routine) {
        ordered exercises = ordered::array();
        for (const Exercise& exercise : file.exercises)
            exercises.push_back(exercise_json(exercise));
        document["exercises"] = std::move(exercises);
    }
    if (file.routine)
        document["routine"] = routine_json(*file.routine);
    return document.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

} // namespace unknot
