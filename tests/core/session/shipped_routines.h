// The built-in routines from the source tree's routines/ folder, for tests that play them all.
#pragma once

#include "core/routine/routine_format.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace unknot::test {

inline const std::filesystem::path kShippedRoutines =
    std::filesystem::path(UNKNOT_SOURCE_DIR) / "routines";

inline RoutineFile load_routine_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ParseResult result = parse_routine_file(bytes.str(), path.filename().string());
    INFO(path << ": " << (result.problems.empty() ? "" : result.problems.front().message));
    REQUIRE(result.file);
    return *result.file;
}

// Each shipped routine file with a lookup over its own exercises and the catalogue.
struct ShippedRoutine {
    std::filesystem::path path;
    RoutineFile file;
    ExerciseLookup lookup;
};

inline std::vector<ShippedRoutine> shipped_routines(const RoutineFile& catalogue)
{
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(kShippedRoutines))
        if (entry.path().extension() == ".json" && entry.path().filename() != "catalogue.json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<ShippedRoutine> out;
    out.reserve(paths.size());
    for (const auto& path : paths)
        out.push_back({path, load_routine_file(path), {}});
    for (ShippedRoutine& r : out) // the lookups point into `out`, complete by now
        r.lookup = [&catalogue, file = &r.file](std::string_view id) -> const Exercise* {
            const std::vector<Exercise>* lists[] = {&file->exercises, &catalogue.exercises};
            for (const std::vector<Exercise>* list : lists)
                for (const Exercise& e : *list)
                    if (e.id == id)
                        return &e;
            return nullptr;
        };
    return out;
}

} // namespace unknot::test
