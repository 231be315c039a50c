#include "routine_files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace unknot::bench {

namespace fs = std::filesystem;

std::vector<RoutineSource> shipped_routine_sources(const fs::path& source_dir)
{
    std::vector<fs::path> paths;
    for (const fs::directory_entry& entry : fs::directory_iterator(source_dir / "routines")) {
        if (entry.path().extension() == ".json")
            paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<RoutineSource> sources;
    for (const fs::path& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        sources.push_back({"routines/" + path.filename().string(), bytes.str()});
    }
    return sources;
}

void write_user_routines(const std::vector<RoutineSource>& shipped, const fs::path& dir, int count)
{
    std::vector<nlohmann::json> routines;
    for (const RoutineSource& source : shipped) {
        nlohmann::json document = nlohmann::json::parse(source.bytes);
        if (document.contains("routine"))
            routines.push_back(std::move(document));
    }
    if (routines.empty())
        throw std::runtime_error("no shipped routine to copy");
    fs::create_directories(dir);
    for (int i = 0; i < count; ++i) {
        nlohmann::json copy = routines[static_cast<std::size_t>(i) % routines.size()];
        nlohmann::json& routine = copy["routine"];
        const std::string number = std::to_string(i + 1);
        routine["id"] = routine["id"].get<std::string>() + "-" + number;
        routine["title"] = routine["title"].get<std::string>() + " " + number;
        char name[32];
        std::snprintf(name, sizeof name, "user-%04d.json", i);
        std::ofstream out(dir / name, std::ios::binary);
        out << copy.dump(2) << '\n';
        if (!out)
            throw std::runtime_error("cannot write " + (dir / name).string());
    }
}

} // namespace unknot::bench
