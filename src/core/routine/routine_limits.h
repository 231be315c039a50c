// Every limit of the routine format, in one table (routines/FORMAT.md): the validator checks files
// by it, the editor's spin boxes, pickers and the new-exercise dialog take their ranges and choices
// from it, and a test fails when routines/schema/routine.schema.json says otherwise.
#pragma once

#include "core/json/json_checker.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace unknot::limits {

struct Text {
    std::size_t max_chars = 0;
};

struct TextList {
    ListLimits items;
    std::size_t max_chars = 0; // of each item
};

using Words = std::vector<std::string>;

// Exercises.
inline constexpr Text exercise_name{80};
inline constexpr Text exercise_summary{300};
inline constexpr TextList setup{{0, 20}, 500};
inline constexpr TextList instructions{{1, 20}, 500};
inline constexpr TextList cues{{0, 20}, 500};
inline constexpr TextList cautions{{0, 20}, 500};
inline constexpr TextList preparation{{0, 20}, 500};
inline constexpr TextList breathing{{0, 10}, 200};
inline constexpr Text variation_name{80};
inline constexpr Text variation_description{500};
inline constexpr Text illustration{64}; // a plain file name
const Words& equipment();               // foam-roller, tennis-ball, ..., in the order to offer them
const Words& sides();                   // none, each, alternate

// Routines. Routine-level texts may be longer than an exercise's: they are read, not spoken.
inline constexpr Text routine_title{80};
inline constexpr Text routine_summary{300};
inline constexpr IntRange weekly_target{1, 14, {}};
inline constexpr IntRange lead_in{0, 60, "seconds"};
inline constexpr TextList notes{{0, 20}, 1000};
inline constexpr TextList red_flags{{0, 20}, 1000}; // each tier, and format 1's see_a_professional
inline constexpr TextList check_first{{0, 20}, 1000};
inline constexpr TextList before_you_start{{0, 20}, 1000};
inline constexpr Text credit{300};
inline constexpr Text source_file{128}; // a plain file name
inline constexpr ListLimits steps{1, 100};
const Words& red_flag_tiers(); // emergency, doctor_soon, professional: most urgent first

// Steps.
inline constexpr IntRange hold{1, 3600, "seconds"};
inline constexpr IntRange reps{1, 500, {}};
inline constexpr NumberRange tempo{0.5, 30, "seconds"};
inline constexpr IntRange sets{1, 20, {}};
inline constexpr IntRange rest_between_sets{0, 600, "seconds"};
inline constexpr IntRange rest_after{0, 600, "seconds"};
inline constexpr Text timed_title{80};
inline constexpr IntRange timed_seconds{1, 3600, "seconds"};
inline constexpr IntRange rest{1, 600, "seconds"};
inline constexpr Text note{500};

// Ids and language codes.
inline constexpr std::size_t id_chars = kMaxIdChars;
inline constexpr std::size_t language_min_chars = 2; // [a-z]{2,3}, a BCP 47 primary language subtag
inline constexpr std::size_t language_max_chars = 3;
bool is_language_code(std::string_view code);

// The whole table, each limit with the places of routines/schema/routine.schema.json that state
// it ("exercise.setup": the "setup" property of "$defs/exercise"), for the schema test.
using Limit = std::variant<IntRange, NumberRange, Text, TextList, ListLimits, const Words*>;
struct Entry {
    std::vector<std::string> places;
    Limit limit;
};
const std::vector<Entry>& table();

} // namespace unknot::limits
