#include "core/routine/routine_limits.h"

#include <algorithm>

namespace unknot::limits {

const Words& equipment()
{
    static const Words words{"foam-roller", "tennis-ball", "massage-ball", "wall",     "towel",
                             "chair",       "band",        "mat",          "heat-pack"};
    return words;
}

const Words& sides()
{
    static const Words words{"none", "each", "alternate"};
    return words;
}

const Words& red_flag_tiers()
{
    static const Words words{"emergency", "doctor_soon", "professional"};
    return words;
}

bool is_language_code(std::string_view code)
{
    return code.size() >= language_min_chars && code.size() <= language_max_chars &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

const std::vector<Entry>& table()
{
    static const std::vector<Entry> entries{
        {{"exercise.name", "exerciseTranslation.name"}, exercise_name},
        {{"exercise.summary", "exerciseTranslation.summary"}, exercise_summary},
        {{"exercise.setup", "exerciseTranslation.setup"}, setup},
        {{"exercise.instructions", "exerciseTranslation.instructions"}, instructions},
        {{"exercise.cues", "exerciseTranslation.cues"}, cues},
        {{"exercise.cautions", "exerciseTranslation.cautions"}, cautions},
        {{"exercise.preparation", "exerciseTranslation.preparation"}, preparation},
        {{"exercise.breathing", "exerciseTranslation.breathing"}, breathing},
        {{"instruction.text"}, Text{instructions.max_chars}},
        {{"variation.name"}, variation_name},
        {{"variation.description"}, variation_description},
        {{"exercise.illustration"}, illustration},
        {{"exercise.equipment"}, &equipment()},
        {{"exercise.sides"}, &sides()},
        {{"routine.title", "routineTranslation.title"}, routine_title},
        {{"routine.summary", "routineTranslation.summary"}, routine_summary},
        {{"routine.weekly_target"}, weekly_target},
        {{"routine.lead_in"}, lead_in},
        {{"routine.notes", "routineTranslation.notes"}, notes},
        {{"routine.see_a_professional", "redFlags.emergency", "redFlags.doctor_soon",
          "redFlags.professional"},
         red_flags},
        {{"routine.check_first", "routineTranslation.check_first"}, check_first},
        {{"routine.before_you_start", "routineTranslation.before_you_start"}, before_you_start},
        {{"routine.credit", "routineTranslation.credit"}, credit},
        {{"routine.source_file"}, source_file},
        {{"routine.steps"}, steps},
        {{"holdStep.hold", "holdRange.start", "holdRange.target", "holdRange.step"}, hold},
        {{"repsStep.reps", "repsRange.start", "repsRange.target", "repsRange.step"}, reps},
        {{"repsStep.tempo"}, tempo},
        {{"holdStep.sets", "repsStep.sets", "setsRange.start", "setsRange.target",
          "setsRange.step"},
         sets},
        {{"holdStep.rest_between_sets", "repsStep.rest_between_sets"}, rest_between_sets},
        {{"holdStep.rest_after", "repsStep.rest_after", "timedStep.rest_after"}, rest_after},
        {{"timedStep.timed", "stepTranslation.title"}, timed_title},
        {{"timedStep.seconds"}, timed_seconds},
        {{"restStep.rest"}, rest},
        {{"holdStep.note", "repsStep.note", "timedStep.note", "restStep.note",
          "stepTranslation.note"},
         note},
    };
    return entries;
}

} // namespace unknot::limits
