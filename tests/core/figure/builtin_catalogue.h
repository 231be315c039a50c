// The built-in exercise catalogue, read from the source tree, for tests of its figures.
#pragma once

#include "../routine/routine_test_support.h"
#include "core/routine/routine_format.h"

#include <catch2/catch.hpp>

#include <string_view>

namespace unknot::test {

inline const RoutineFile& builtin_catalogue()
{
    static const RoutineFile catalogue = [] {
        const fs::path path = fs::path(UNKNOT_SOURCE_DIR) / "routines" / "catalogue.json";
        ParseResult result = parse_routine_file(read_bytes(path), "catalogue.json");
        REQUIRE(problem_lines(result.problems).empty());
        return std::move(*result.file);
    }();
    return catalogue;
}

inline const Figure& builtin_figure(std::string_view id)
{
    for (const Exercise& exercise : builtin_catalogue().exercises) {
        if (exercise.id == id) {
            REQUIRE(exercise.figure);
            return *exercise.figure;
        }
    }
    FAIL("no built-in exercise " << id);
    throw; // not reached: FAIL throws
}

} // namespace unknot::test
