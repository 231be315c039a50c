// Flare-up days: pain before at or above a threshold (Settings; 6 by default). The person is
// offered a gentle version of the routine; a session played so is logged as a flare-up and left
// out of the progression (dose.h).
#pragma once

#include "core/routine/routine.h"

#include <optional>

namespace unknot {

inline constexpr int kDefaultFlareUpThreshold = 6;

// Pain before at or above `threshold`; a threshold of 0 (Settings: never) is never a flare-up.
bool is_flare_up(std::optional<int> pain_before, int threshold);

// One set of each exercise, holds and reps cut to about half (holds to whole 5 s, at least 10 s
// and 3 reps, never more than given), rests and timed steps (heat, breathing) as they are.
Routine gentle_version(Routine routine);

} // namespace unknot
