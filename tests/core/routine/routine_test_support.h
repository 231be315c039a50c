// Helpers for the routine format and library tests: file bytes, fixtures and temporary folders.
#pragma once

#include "core/base/problem.h"

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

inline std::string read_bytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline void write_bytes(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    REQUIRE(out);
}

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

class RoutineTempDir {
public:
    RoutineTempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "unknot-routines-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~RoutineTempDir()
    {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    RoutineTempDir(const RoutineTempDir&) = delete;
    RoutineTempDir& operator=(const RoutineTempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path write(const std::string& name, const std::string& bytes) const
    {
        write_bytes(path_ / name, bytes);
        return path_ / name;
    }

private:
    fs::path path_;
};

} // namespace unknot::test
