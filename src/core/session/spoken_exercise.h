// An exercise's text as the coach speaks it for one side and in one language: the setup apart from
// the movement, each movement line with the key pose it belongs to, and the rest of what can be
// said.
#pragma once

#include "core/routine/routine.h"
#include "core/routine/session_plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace unknot {

struct SpokenLine {
    std::string text;
    std::string pose; // the figure's key pose it is said at; empty: not tied to one
};

struct SpokenExercise {
    std::string name;
    std::vector<std::string> preparation;
    std::vector<std::string> setup;
    std::vector<SpokenLine> movement;
    std::vector<std::string> cues;
    std::vector<std::string> breathing;
    std::vector<std::string> cautions;
    std::vector<std::string> equipment; // ids
};

// The texts in `language` where the exercise has them translated (the file's own text otherwise),
// with the side choices made for `side`. Without a separate setup (format 1) the first instruction
// is the setup and the others are the movement; an exercise with a single instruction says it in
// both places.
SpokenExercise spoken_exercise(const Exercise& exercise, Side side, std::string_view language = {});

// A step's note or title as said on `side`.
std::string spoken_text(const std::string& text, Side side);

} // namespace unknot
