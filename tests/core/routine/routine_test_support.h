// Helpers for the routine format and library tests: file bytes, fixtures and temporary folders.
#pragma once

#include "core/base/problem.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace unknot::test {

namespace fs = std::filesystem;

inline const fs::path kGoodFixtures = fs::path(UNKNOT_TEST_DATA) / "good";
inline const fs::path kBadFixtures = fs::path(UNKNOT_TEST_DATA) / "bad";

// The files in `folder` whose names end in `extension`, sorted.
inline std::vector<fs::path> files_with_extension(const fs::path& folder,
                                                  const std::string& extension)
{
    std::vector<fs::path> paths;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() == extension)
            paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

inline std::vector<std::string> problem_lines(const Problems& problems)
{
    std::vector<std::string> lines;
    for (const Problem& problem : problems)
        lines.push_back(problem.to_string());
    return lines;
}

} // namespace unknot::test
