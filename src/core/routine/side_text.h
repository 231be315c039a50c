// Side choices in the texts of sided exercises: "Lie on your {left|right} side." names the side
// being done (routines/FORMAT.md, "Side choices"). Where no side is being done the left choice is
// shown, because the left side always comes first.
#pragma once

#include "core/figure/sides.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

// The first broken rule in a text: braces balanced and not nested, exactly one "|" inside, both
// choices not blank. `column` is the 1-based character (code point) where it is.
struct SideChoiceError {
    std::size_t column = 0;
    std::string message;
};
std::optional<SideChoiceError> check_side_choices(std::string_view text);

// Whether the text holds a "{...|...}" choice (a well-formed one; stray braces are not choices).
bool has_side_choice(std::string_view text);

// Every well-formed choice replaced by the one for `side` (Side::none: the left one); any other
// character, stray braces included, is kept as it is.
std::string side_text(std::string_view text, Side side);

} // namespace unknot
