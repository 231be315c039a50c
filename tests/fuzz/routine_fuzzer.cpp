// libFuzzer target for routine files: any bytes go through the loader, the validator, the
// library, the import check and the writer. A crash, a sanitizer report or a broken promise
// of the API (see check_* below) is a finding.
//
//   scripts/fuzz.sh [SECONDS]
#include "core/json/json_checker.h"
#include "core/routine/routine_editing.h"
#include "core/routine/routine_format.h"
#include "core/routine/routine_library.h"
#include "core/routine/session_plan.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace unknot;
namespace fs = std::filesystem;

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "routine_fuzzer: %s\n", what);
    std::abort();
}

void require(bool condition, const char* what)
{
    if (!condition)
        fail(what);
}

// The shipped routines' files, read once.
const std::vector<RoutineSource>& shipped_sources()
{
    static const std::vector<RoutineSource> sources = [] {
        std::vector<RoutineSource> read;
        for (const auto& entry : fs::directory_iterator(fs::path(UNKNOT_SOURCE_DIR) / "routines")) {
            if (entry.path().extension() != ".json")
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            read.push_back({entry.path().filename().string(), bytes.str()});
        }
        return read;
    }();
    return sources;
}

// The library that imports are checked against.
const RoutineLibrary& shipped_library()
{
    static const RoutineLibrary library = RoutineLibrary::load(shipped_sources(), {});
    return library;
}

void check_problems(const Problems& problems)
{
    for (const Problem& problem : problems) {
        require(!problem.message.empty(), "a problem without a message");
        require(problem.line >= 0 && problem.column >= 0, "a negative line or column");
        require(problem.line == 0 || problem.pointer.empty(), "a problem with line and pointer");
        require(!problem.to_string().empty(), "an empty problem line");
    }
}

// A valid file survives writing and reading unchanged, and its routine expands into a plan.
void check_valid_file(const RoutineFile& file)
{
    const std::string written = write_routine_file(file);
    const ParseResult again = parse_routine_file(written, "written.json");
    require(again.problems.empty() && again.file, "a written file does not load again");
    require(*again.file == file, "writing then reading changes the file");
    require(write_routine_file(*again.file) == written, "writing is not stable");

    const Problems unknown =
        check_references(file, "fuzz.json", shipped_library().known_exercises());
    check_problems(unknown);
    if (file.routine && unknown.empty()) {
        const auto lookup = [&](std::string_view id) -> const Exercise* {
            for (const Exercise& exercise : file.exercises) {
                if (exercise.id == id)
                    return &exercise;
            }
            return shipped_library().find_exercise(id);
        };
        const SessionPlan plan = build_plan(*file.routine, lookup);
        require(plan.total_seconds() >= 0, "a plan with a negative length");
    }
    const EditContext context = edit_context(shipped_library(), {}, {});
    check_problems(validate_routine_edit(file, "fuzz.json", context));
}

// What the editor does with an import that passed (EditorPage::import_file_at): on a clash the
// routine takes the suggested id, the file is written, and the library then holds it under that id.
void check_imported(ImportCheck import)
{
    require(import.file->routine.has_value(), "an import without a routine");
    require(import.id_taken == !import.suggested_id.empty(), "a clash without a free id");
    if (import.id_taken) {
        require(is_valid_id(import.suggested_id), "the suggested id is not an id");
        require(!shipped_library().find_routine(import.suggested_id), "the suggested id is taken");
        import.file->routine->id = import.suggested_id;
    }
    const std::string written = write_routine_file(*import.file);
    std::vector<RoutineSource> sources = shipped_sources();
    sources.push_back({"imported.json", written});
    const RoutineLibrary library = RoutineLibrary::load(sources, {});
    require(library.problems().empty(), "an imported file breaks the library");
    const LibraryRoutine* found = library.find_routine(import.file->routine->id);
    require(found && found->routine == *import.file->routine,
            "the library does not hold the imported routine as written");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ParseResult result = parse_routine_file(bytes, "fuzz.json");
    check_problems(result.problems);
    require(result.file.has_value() == result.problems.empty(),
            "a file must come with no problems, problems with no file");
    if (result.file)
        check_valid_file(*result.file);

    const RoutineLibrary library = RoutineLibrary::load({{"fuzz.json", std::string(bytes)}}, {});
    check_problems(library.problems());
    // Alone in a library, a valid file gives all its exercises, and its routine when every step
    // names one of them; an invalid file gives nothing.
    const bool routine_resolves = result.file && result.file->routine &&
                                  check_references(*result.file, "fuzz.json", {}).empty();
    require(library.routines().size() == (routine_resolves ? 1U : 0U),
            "the library disagrees with the loader about the routine");
    require(library.exercises().size() == (result.file ? result.file->exercises.size() : 0U),
            "the library disagrees with the loader about the exercises");

    ImportCheck import = check_import(bytes, "fuzz.json", shipped_library());
    check_problems(import.problems);
    require(import.file.has_value() == import.problems.empty(), "an import with both or neither");
    if (import.file)
        check_imported(std::move(import));
    return 0;
}
