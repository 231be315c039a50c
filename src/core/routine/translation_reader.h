// Reads the "translations" of an exercise or a routine (routines/FORMAT.md, "Translations"): each
// language code names a subset of the original's texts, of the same shape and list lengths.
#pragma once

#include "core/json/json_checker.h"
#include "core/routine/routine.h"

#include <nlohmann/json.hpp>

namespace unknot {

// `original` is the exercise's or routine's object in the document; every broken rule is
// reported under `pointer` (.../translations).
Translations<ExerciseTranslation> read_exercise_translations(JsonChecker& checker,
                                                             const nlohmann::json& value,
                                                             PointerTo pointer,
                                                             const nlohmann::json& original);
Translations<RoutineTranslation> read_routine_translations(JsonChecker& checker,
                                                           const nlohmann::json& value,
                                                           PointerTo pointer,
                                                           const nlohmann::json& original);

} // namespace unknot
