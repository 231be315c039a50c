// What a person sees of a routine or an exercise: its texts in their language where the file has
// them (routines/FORMAT.md, "Translations"), and side choices rendered for the side being done.
#pragma once

#include "core/routine/routine.h"

#include <string_view>

namespace unknot {

// Each text in `language` where the file translates it, the original where it does not: field by
// field, a list as a whole (a translated list with another length than the original's is not
// used). Ids, numbers, figures and the instructions' pose ties stay the original's; the
// translations themselves are kept. An empty language, or one the file lacks: the original.
Exercise translated(const Exercise& exercise, std::string_view language);
Routine translated(const Routine& routine, std::string_view language);

// Every text with its side choices rendered for `side` (core/routine/side_text.h; Side::none:
// the left choice), for places that show text without a side being done: the library, the
// handout, the editor's preview.
Exercise for_side(const Exercise& exercise, Side side);
Routine for_side(const Routine& routine, Side side);

} // namespace unknot
