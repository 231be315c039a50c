// The coach's own words, as format strings with %1, %2: English here, for the core tests and the
// command line; the GUI fills them from its translations (gui/player/cue_phrases_tr.cpp).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

struct CuePhrases {
    std::string exercise = "%1."; // the exercise's or timed activity's name
    std::string side_left = "Left side.";
    std::string side_right = "Right side.";
    std::string alternating = "Alternate sides, starting on the left.";
    std::string equipment = "You need: %1."; // %1: the list
    std::string list_separator = ", ";
    std::string list_last_separator = " and ";
    std::string switch_left = "Other side: left.";
    std::string switch_right = "Other side: right.";
    std::string rest = "Rest.";
    std::string next = "Next: %1.";
    std::string next_left = "Next: %1, left side.";
    std::string next_right = "Next: %1, right side.";
    std::string next_set = "Set %1 of %2 next."; // %1: the set, %2: how many
    std::string next_set_left = "Set %1 of %2 next, left side.";
    std::string next_set_right = "Set %1 of %2 next, right side.";
    std::string get_ready = "Get ready: %1"; // %1: the first sentence of the setup
    std::string halfway = "Halfway.";
    std::string last_five = "Last five seconds.";
    std::string count = "%1"; // a paced rep
    std::string count_left = "%1, left";
    std::string count_right = "%1, right";
    std::string completed = "Well done. Session complete.";
    std::string stopped = "Session stopped.";
    // Equipment ids as said; an id not here is said with its dashes as spaces.
    std::map<std::string, std::string, std::less<>> equipment_names{
        {"foam-roller", "foam roller"},
        {"tennis-ball", "tennis ball"},
        {"massage-ball", "massage ball"},
        {"wall", "wall"},
        {"towel", "towel"},
        {"chair", "chair"},
        {"band", "band"},
        {"mat", "mat"},
        {"heat-pack", "heat pack"}};
};

// `format` with %1, %2, ... replaced by `args` in order (%% is a percent sign).
std::string fill(std::string_view format, const std::vector<std::string>& args);

// "a, b and c" with the phrases' separators.
std::string spoken_list(const CuePhrases& phrases, const std::vector<std::string>& items);

std::string equipment_name(const CuePhrases& phrases, std::string_view id);

} // namespace unknot
