// "Did you mean ...?": the nearest known word to a misspelt one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// Edit distance counting insertions, deletions, substitutions and swaps of two neighbours.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a plausible typo (at most a third
// of its letters wrong, at most 3, at least 1 allowed); ties go to the alphabetically first.
std::optional<std::string> nearest_word(std::string_view word,
                                        const std::vector<std::string>& candidates);

} // namespace unknot
