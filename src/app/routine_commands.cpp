#include "app/routine_commands.h"

#include "core/base/utf8.h"
#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iomanip>

namespace unknot {
namespace {

Problems check_one(const std::string& path, const RoutineLibrary& library)
{
    const FileBytes read = read_file_bytes(path);
    if (!read.error.empty()) {
        Problem problem;
        problem.file = path;
        problem.message = read.error;
        return {problem};
    }
    ParseResult parsed = parse_routine_file(read.bytes, path);
    if (!parsed.file)
        return parsed.problems;
    return check_references(*parsed.file, path, library.known_exercises());
}

long minutes(double seconds)
{
    return std::lround(seconds / 60.0);
}

// "9 min", or past an hour "4336 h 23 min": an absurd routine is not "260183 min".
std::string duration_text(double seconds)
{
    const long total = minutes(seconds);
    if (total < 60)
        return std::to_string(total) + " min";
    return std::to_string(total / 60) + " h " + std::to_string(total % 60) + " min";
}

std::string source_text(const LibraryRoutine& r)
{
    return r.built_in ? "built-in" : r.source;
}

} // namespace

FileBytes read_file_bytes(const std::string& path)
{
    FileRead read = read_json_file(path);
    return {std::move(read.bytes), std::move(read.error)};
}

int validate_files(const std::vector<std::string>& paths, const RoutineLibrary& library,
                   std::ostream& out, std::ostream& err)
{
    std::size_t bad = 0;
    for (const std::string& path : paths) {
        const Problems problems = check_one(path, library);
        for (const Problem& p : problems)
            out << p.to_string() << '\n';
        bad += problems.empty() ? 0 : 1;
    }
    err << paths.size() << (paths.size() == 1 ? " file" : " files") << " checked, " << bad
        << " with problems\n";
    return bad == 0 ? 0 : 1;
}

void list_routines(const RoutineLibrary& library, bool json, std::ostream& out)
{
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const LibraryRoutine& r : library.routines())
            list.push_back({{"id", r.routine.id},
                            {"title", r.routine.title},
                            {"minutes", minutes(r.estimated_seconds)},
                            {"seconds", std::lround(r.estimated_seconds)},
                            {"built_in", r.built_in},
                            {"source", source_text(r)}});
        out << list.dump(2) << '\n';
        return;
    }
    std::size_t id_width = 2;
    std::size_t title_width = 5;
    std::size_t time_width = 0;
    for (const LibraryRoutine& r : library.routines()) {
        id_width = std::max(id_width, r.routine.id.size());
        title_width = std::max(title_width, code_point_count(r.routine.title));
        time_width = std::max(time_width, duration_text(r.estimated_seconds).size());
    }
    for (const LibraryRoutine& r : library.routines()) {
        const std::string time = duration_text(r.estimated_seconds);
        out << std::left << std::setw(int(id_width)) << r.routine.id << "  " << r.routine.title
            << std::string(title_width - code_point_count(r.routine.title), ' ') << "  "
            << std::string(time_width - time.size(), ' ') << time << "  " << source_text(r) << '\n';
    }
}

void print_problems(const RoutineLibrary& library, std::ostream& out)
{
    for (const Problem& p : library.problems())
        out << p.to_string() << '\n';
}

} // namespace unknot
