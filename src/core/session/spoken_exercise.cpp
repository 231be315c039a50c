#include "core/session/spoken_exercise.h"

#include "core/routine/side_text.h"

namespace unknot {

namespace {

// The translated list when there is one (an empty one means "not translated").
const std::vector<std::string>& chosen(const std::vector<std::string>& original,
                                       const ExerciseTranslation* translation,
                                       std::vector<std::string> ExerciseTranslation::*field)
{
    if (translation && !(translation->*field).empty())
        return translation->*field;
    return original;
}

std::vector<std::string> for_side(const std::vector<std::string>& texts, Side side)
{
    std::vector<std::string> out;
    out.reserve(texts.size());
    for (const std::string& text : texts)
        out.push_back(spoken_text(text, side));
    return out;
}

} // namespace

std::string spoken_text(const std::string& text, Side side)
{
    return side_text(text, side);
}

SpokenExercise spoken_exercise(const Exercise& exercise, Side side, std::string_view language)
{
    const auto found = exercise.translations.find(language);
    const ExerciseTranslation* translation =
        found == exercise.translations.end() ? nullptr : &found->second;
    SpokenExercise out;
    out.name = spoken_text(
        translation && !translation->name.empty() ? translation->name : exercise.name, side);
    const std::vector<std::string> originals = texts_of(exercise.instructions);
    const std::vector<std::string>& lines =
        chosen(originals, translation, &ExerciseTranslation::instructions);
    std::vector<SpokenLine> movement;
    for (std::size_t i = 0; i < lines.size(); ++i) // a translation has the original's length
        movement.push_back({spoken_text(lines[i], side), i < exercise.instructions.size()
                                                             ? exercise.instructions[i].pose
                                                             : std::string()});
    out.setup = for_side(chosen(exercise.setup, translation, &ExerciseTranslation::setup), side);
    if (out.setup.empty() && !movement.empty()) {
        out.setup.push_back(movement.front().text);
        if (movement.size() > 1)
            movement.erase(movement.begin());
    }
    out.movement = std::move(movement);
    out.preparation = for_side(
        chosen(exercise.preparation, translation, &ExerciseTranslation::preparation), side);
    out.cues = for_side(chosen(exercise.cues, translation, &ExerciseTranslation::cues), side);
    out.breathing =
        for_side(chosen(exercise.breathing, translation, &ExerciseTranslation::breathing), side);
    out.cautions =
        for_side(chosen(exercise.cautions, translation, &ExerciseTranslation::cautions), side);
    out.equipment = exercise.equipment;
    return out;
}

} // namespace unknot
