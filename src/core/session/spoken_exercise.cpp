#include "core/session/spoken_exercise.h"

namespace unknot {

std::string spoken_text(const std::string& text, Side /*side*/)
{
    return text;
}

SpokenExercise spoken_exercise(const Exercise& exercise, Side side)
{
    SpokenExercise out;
    out.name = spoken_text(exercise.name, side);
    const std::vector<std::string>& lines = exercise.instructions;
    if (!lines.empty())
        out.setup.push_back(spoken_text(lines.front(), side));
    for (std::size_t i = lines.size() > 1 ? 1 : 0; i < lines.size(); ++i)
        out.movement.push_back({spoken_text(lines[i], side), {}});
    for (const std::string& cue : exercise.cues)
        out.cues.push_back(spoken_text(cue, side));
    for (const std::string& caution : exercise.cautions)
        out.cautions.push_back(spoken_text(caution, side));
    out.equipment = exercise.equipment;
    return out;
}

} // namespace unknot
