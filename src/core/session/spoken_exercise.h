// An exercise's text as the coach speaks it for one side: the setup apart from the movement, each
// movement line with the key pose it belongs to, and the rest of what can be said.
#pragma once

#include "core/routine/routine.h"
#include "core/routine/session_plan.h"

#include <string>
#include <vector>

namespace unknot {

struct SpokenLine {
    std::string text;
    std::string pose; // the figure's key pose it is said at; empty: not tied to one
};

struct SpokenExercise {
    std::string name;
    std::vector<std::string> setup;
    std::vector<SpokenLine> movement;
    std::vector<std::string> cues;
    std::vector<std::string> breathing;
    std::vector<std::string> cautions;
    std::vector<std::string> equipment; // ids
};

// Without a separate setup (format 1) the first instruction is the setup and the others are the
// movement; an exercise with a single instruction says it in both places.
SpokenExercise spoken_exercise(const Exercise& exercise, Side side);

// A step's note or title as said on `side`.
std::string spoken_text(const std::string& text, Side side);

} // namespace unknot
