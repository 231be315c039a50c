#include "core/routine/translated.h"

#include "core/routine/side_text.h"

namespace unknot {

namespace {

void take(std::string& original, const std::string& translation)
{
    if (!translation.empty())
        original = translation;
}

template <class T> void take(std::vector<T>& original, const std::vector<T>& translation)
{
    if (!translation.empty() && translation.size() == original.size())
        original = translation;
}

void take(std::vector<Instruction>& original, const std::vector<std::string>& translation)
{
    if (translation.empty() || translation.size() != original.size())
        return;
    for (std::size_t i = 0; i < original.size(); ++i)
        original[i].text = translation[i];
}

void take(RedFlags& original, const RedFlags& translation)
{
    take(original.emergency, translation.emergency);
    take(original.doctor_soon, translation.doctor_soon);
    take(original.professional, translation.professional);
}

void take(std::vector<Step>& steps, const std::vector<StepTranslation>& translation)
{
    if (translation.size() != steps.size())
        return;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        take(steps[i].title, translation[i].title);
        take(steps[i].note, translation[i].note);
    }
}

template <class T> const T* find_language(const Translations<T>& all, std::string_view language)
{
    const auto found = all.find(language);
    return found == all.end() ? nullptr : &found->second;
}

void render(std::string& text, Side side)
{
    text = side_text(text, side);
}

void render(std::vector<std::string>& texts, Side side)
{
    for (std::string& text : texts)
        render(text, side);
}

} // namespace

Exercise translated(const Exercise& exercise, std::string_view language)
{
    Exercise out = exercise;
    const ExerciseTranslation* t = find_language(exercise.translations, language);
    if (!t)
        return out;
    take(out.name, t->name);
    take(out.summary, t->summary);
    take(out.setup, t->setup);
    take(out.instructions, t->instructions);
    take(out.cues, t->cues);
    take(out.cautions, t->cautions);
    take(out.preparation, t->preparation);
    take(out.breathing, t->breathing);
    take(out.variations, t->variations);
    return out;
}

Routine translated(const Routine& routine, std::string_view language)
{
    Routine out = routine;
    const RoutineTranslation* t = find_language(routine.translations, language);
    if (!t)
        return out;
    take(out.title, t->title);
    take(out.summary, t->summary);
    take(out.notes, t->notes);
    take(out.red_flags, t->red_flags);
    take(out.check_first, t->check_first);
    take(out.before_you_start, t->before_you_start);
    take(out.credit, t->credit);
    take(out.steps, t->steps);
    return out;
}

Exercise for_side(const Exercise& exercise, Side side)
{
    Exercise out = exercise;
    render(out.name, side);
    render(out.summary, side);
    render(out.setup, side);
    for (Instruction& instruction : out.instructions)
        render(instruction.text, side);
    render(out.cues, side);
    render(out.cautions, side);
    render(out.preparation, side);
    render(out.breathing, side);
    for (Variation& variation : out.variations) {
        render(variation.name, side);
        render(variation.description, side);
    }
    return out;
}

Routine for_side(const Routine& routine, Side side)
{
    Routine out = routine;
    for (Step& step : out.steps) {
        render(step.title, side);
        render(step.note, side);
    }
    return out;
}

} // namespace unknot
