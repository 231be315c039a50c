// Writing routine files in the lowest format their content needs (routines/FORMAT.md).
#include "core/routine/routine_format.h"

#include "core/figure/figure_format.h"
#include "core/routine/side_text.h"

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

void put_variations(ordered& object, const std::vector<Variation>& variations)
{
    if (variations.empty())
        return;
    ordered list = ordered::array();
    for (const Variation& variation : variations)
        list.push_back({{"name", variation.name}, {"description", variation.description}});
    object["variations"] = std::move(list);
}

void put_instructions(ordered& object, const std::vector<Instruction>& instructions)
{
    ordered list = ordered::array();
    for (const Instruction& instruction : instructions) {
        if (instruction.pose.empty())
            list.push_back(instruction.text);
        else
            list.push_back({{"text", instruction.text}, {"pose", instruction.pose}});
    }
    object["instructions"] = std::move(list);
}

template <class T, class ToJson>
void put_translations(ordered& object, const Translations<T>& translations, ToJson to_json)
{
    if (translations.empty())
        return;
    ordered languages = ordered::object();
    for (const auto& [language, translation] : translations)
        languages[language] = to_json(translation);
    object["translations"] = std::move(languages);
}

ordered exercise_translation_json(const ExerciseTranslation& translation)
{
    ordered result = ordered::object();
    put_text(result, "name", translation.name);
    put_text(result, "summary", translation.summary);
    put_list(result, "setup", translation.setup);
    put_list(result, "instructions", translation.instructions);
    put_list(result, "cues", translation.cues);
    put_list(result, "breathing", translation.breathing);
    put_list(result, "cautions", translation.cautions);
    put_list(result, "preparation", translation.preparation);
    put_variations(result, translation.variations);
    return result;
}

ordered exercise_json(const Exercise& exercise)
{
    ordered result;
    result["id"] = exercise.id;
    result["name"] = exercise.name;
    result["summary"] = exercise.summary;
    put_list(result, "setup", exercise.setup);
    put_instructions(result, exercise.instructions);
    put_list(result, "cues", exercise.cues);
    put_list(result, "breathing", exercise.breathing);
    put_list(result, "cautions", exercise.cautions);
    put_list(result, "preparation", exercise.preparation);
    put_list(result, "equipment", exercise.equipment);
    put_list(result, "focus", exercise.focus);
    if (exercise.sides != Sides::none)
        result["sides"] = sides_name(exercise.sides);
    put_variations(result, exercise.variations);
    put_text(result, "illustration", exercise.illustration);
    if (exercise.figure)
        result["figure"] = figure_json(*exercise.figure);
    put_translations(result, exercise.translations, exercise_translation_json);
    return result;
}

void put_range(ordered& object, const char* key, const std::optional<DoseRange>& range)
{
    if (range)
        object[key] =
            ordered{{"start", range->start}, {"target", range->target}, {"step", range->step}};
}

ordered progression_json(const Progression& progression)
{
    ordered result = ordered::object();
    put_range(result, "hold", progression.hold);
    put_range(result, "reps", progression.reps);
    put_range(result, "sets", progression.sets);
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
        if (step.progression)
            result["progression"] = progression_json(*step.progression);
        break;
    case StepKind::timed:
        result["timed"] = step.title;
        put_text(result, "exercise", step.exercise);
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

ordered red_flags_json(const RedFlags& flags)
{
    ordered result = ordered::object();
    put_list(result, "emergency", flags.emergency);
    put_list(result, "doctor_soon", flags.doctor_soon);
    put_list(result, "professional", flags.professional);
    return result;
}

// Format 1 has only the last tier, as see_a_professional.
void put_red_flags(ordered& object, const RedFlags& flags, int format)
{
    if (format < 2)
        put_list(object, "see_a_professional", flags.professional);
    else if (!flags.empty())
        object["red_flags"] = red_flags_json(flags);
}

ordered routine_translation_json(const RoutineTranslation& translation)
{
    ordered result = ordered::object();
    put_text(result, "title", translation.title);
    put_text(result, "summary", translation.summary);
    put_list(result, "notes", translation.notes);
    if (!translation.red_flags.empty())
        result["red_flags"] = red_flags_json(translation.red_flags);
    put_list(result, "check_first", translation.check_first);
    put_list(result, "before_you_start", translation.before_you_start);
    put_text(result, "credit", translation.credit);
    if (!translation.steps.empty()) {
        ordered steps = ordered::array();
        for (const StepTranslation& step : translation.steps) {
            ordered item = ordered::object();
            put_text(item, "title", step.title);
            put_text(item, "note", step.note);
            steps.push_back(std::move(item));
        }
        result["steps"] = std::move(steps);
    }
    return result;
}

ordered routine_json(const Routine& routine, int format)
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
    put_red_flags(result, routine.red_flags, format);
    put_list(result, "check_first", routine.check_first);
    put_list(result, "before_you_start", routine.before_you_start);
    put_text(result, "credit", routine.credit);
    put_text(result, "source_file", routine.source_file);
    ordered steps = ordered::array();
    for (const Step& step : routine.steps)
        steps.push_back(step_json(step));
    result["steps"] = std::move(steps);
    put_translations(result, routine.translations, routine_translation_json);
    return result;
}

bool any_choice(const std::vector<std::string>& texts)
{
    return std::any_of(texts.begin(), texts.end(),
                       [](const std::string& text) { return has_side_choice(text); });
}

bool needs_format_2(const Exercise& e)
{
    const bool tied = std::any_of(e.instructions.begin(), e.instructions.end(),
                                  [](const Instruction& i) { return !i.pose.empty(); });
    const bool choice =
        has_side_choice(e.name) || has_side_choice(e.summary) ||
        any_choice(texts_of(e.instructions)) || any_choice(e.cues) || any_choice(e.cautions) ||
        std::any_of(e.variations.begin(), e.variations.end(), [](const Variation& v) {
            return has_side_choice(v.name) || has_side_choice(v.description);
        });
    return tied || choice || !e.setup.empty() || !e.preparation.empty() || !e.breathing.empty() ||
           !e.translations.empty();
}

bool needs_format_2(const Routine& r)
{
    const bool step_needs = std::any_of(r.steps.begin(), r.steps.end(), [](const Step& s) {
        return has_side_choice(s.note) || has_side_choice(s.title) ||
               (s.kind == StepKind::timed && !s.exercise.empty()) || s.progression.has_value();
    });
    return step_needs || !r.red_flags.emergency.empty() || !r.red_flags.doctor_soon.empty() ||
           !r.check_first.empty() || !r.before_you_start.empty() || !r.source_file.empty() ||
           !r.translations.empty();
}

} // namespace

int required_format(const RoutineFile& file)
{
    const bool exercises_need = std::any_of(file.exercises.begin(), file.exercises.end(),
                                            [](const Exercise& e) { return needs_format_2(e); });
    return exercises_need || (file.routine && needs_format_2(*file.routine)) ? 2 : 1;
}

std::string write_routine_file(const RoutineFile& file)
{
    const int format = required_format(file);
    ordered document;
    document["format"] = format;
    // A file without a routine keeps its (possibly empty) list: it must name one of the two.
    if (!file.exercises.empty() || !file.routine) {
        ordered exercises = ordered::array();
        for (const Exercise& exercise : file.exercises)
            exercises.push_back(exercise_json(exercise));
        document["exercises"] = std::move(exercises);
    }
    if (file.routine)
        document["routine"] = routine_json(*file.routine, format);
    return document.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

} // namespace unknot
