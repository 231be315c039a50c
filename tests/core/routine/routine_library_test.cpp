// The routine library: built-in sources plus the user's folder, where a bad or clashing file
// is reported and skipped without stopping the others.
#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"
#include "core/routine/routine_library.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace unknot;
using namespace unknot::test;

namespace {

using Lines = std::vector<std::string>;

RoutineSource fixture_source(const std::string& name)
{
    return RoutineSource{name, read_bytes(kGoodFixtures / name)};
}

std::vector<RoutineSource> fixture_built_ins()
{
    return {fixture_source("catalogue.json"), fixture_source("every-step-kind.json")};
}

std::string routine_json(const std::string& id, const std::string& title,
                         const std::string& exercise)
{
    return R"({"format": 1, "routine": {"id": ")" + id + R"(", "title": ")" + title +
           R"(", "summary": "S", "lead_in": 0, "steps": [{"exercise": ")" + exercise +
           R"(", "hold": 10}]}})";
}

std::string exercise_json(const std::string& id, const std::string& name)
{
    return R"({"format": 1, "exercises": [{"id": ")" + id + R"(", "name": ")" + name +
           R"(", "summary": "S", "instructions": ["Go."]}]})";
}

} // namespace

TEST_CASE("built-in sources form the catalogue and the routines", "[library]")
{
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), {});
    CHECK(problem_lines(library.problems()).empty());
    CHECK(library.exercises().size() == 4);
    CHECK(library.exercise_ids() ==
          Lines{"test-wall-slide", "test-side-stretch", "test-arm-lift", "test-shoulder-squeeze"});
    const Exercise* slide = library.find_exercise("test-wall-slide");
    REQUIRE(slide);
    CHECK(slide->name == "Wall slide");
    CHECK_FALSE(library.find_exercise("nothing"));
    REQUIRE(library.routines().size() == 1);
    const LibraryRoutine* routine = library.find_routine("test-every-step-kind");
    REQUIRE(routine);
    CHECK(routine->built_in);
    CHECK(routine->source == "every-step-kind.json");
    CHECK(routine->routine.steps.size() == 7);
    CHECK_FALSE(library.find_routine("nothing"));
}

TEST_CASE("a missing user folder is fine", "[library]")
{
    const TempDir dir;
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path() / "none");
    CHECK(library.problems().empty());
    CHECK(library.routines().size() == 1);
}

TEST_CASE("user files add routines and exercises, in file name order", "[library]")
{
    const TempDir dir;
    dir.write("b-mine.json", routine_json("mine", "Mine", "my-stretch"));
    dir.write("a-exercises.json", exercise_json("my-stretch", "My stretch"));
    dir.write("c-other.json", routine_json("other", "Other", "test-wall-slide"));
    dir.write("notes.txt", "not a routine");
    fs::create_directory(dir.path() / "folder.json");
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path());
    CHECK(problem_lines(library.problems()).empty());
    REQUIRE(library.routines().size() == 3);
    CHECK(library.routines()[1].routine.id == "mine");
    CHECK(library.routines()[2].routine.id == "other");
    const LibraryRoutine* mine = library.find_routine("mine");
    REQUIRE(mine);
    CHECK_FALSE(mine->built_in);
    CHECK(mine->source == (dir.path() / "b-mine.json").string());
    CHECK(library.find_exercise("my-stretch"));
}

TEST_CASE("a bad user file is reported and does not block the others", "[library]")
{
    const TempDir dir;
    const fs::path bad = dir.write("broken.json", "{\"format\": 1,\n  \"routine\": }");
    dir.write("good.json", routine_json("good", "Good", "test-wall-slide"));
    const fs::path typo = dir.write("typo.json", routine_json("typo", "Typo", "test-wall-slid"));
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{bad.string() + ":2:14: expected a value but found '}'",
                typo.string() + ": /routine/steps/0/exercise: unknown exercise \"test-wall-slid\"; "
                                "did you mean \"test-wall-slide\"?"});
    CHECK(library.find_routine("good"));
    CHECK(library.find_routine("test-every-step-kind"));
    CHECK_FALSE(library.find_routine("typo"));
}

TEST_CASE("a bad built-in source does not block the others either", "[library]")
{
    std::vector<RoutineSource> sources = fixture_built_ins();
    sources.insert(sources.begin(), RoutineSource{"broken.json", ""});
    const RoutineLibrary library = RoutineLibrary::load(sources, {});
    CHECK(problem_lines(library.problems()) == Lines{"broken.json: file is empty"});
    CHECK(library.routines().size() == 1);
}

TEST_CASE("a user routine cannot replace a built-in one or an earlier user file", "[library]")
{
    const TempDir dir;
    const fs::path clash = dir.write(
        "a-clash.json", routine_json("test-every-step-kind", "Imposter", "test-arm-lift"));
    dir.write("b-first.json", routine_json("mine", "First", "test-arm-lift"));
    const fs::path second =
        dir.write("c-second.json", routine_json("mine", "Second", "test-arm-lift"));
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{clash.string() + ": /routine/id: routine id \"test-every-step-kind\" is already "
                                 "used by built-in every-step-kind.json; this routine is skipped "
                                 "(give it another id)",
                second.string() + ": /routine/id: routine id \"mine\" is already used by " +
                    (dir.path() / "b-first.json").string() +
                    "; this routine is skipped (give it another id)"});
    CHECK(library.find_routine("test-every-step-kind")->routine.title == "Every kind of step");
    CHECK(library.find_routine("mine")->routine.title == "First");
    CHECK(library.routines().size() == 2);
}

TEST_CASE("a user exercise cannot replace a built-in one, but an identical copy is fine",
          "[library]")
{
    const TempDir dir;
    const fs::path changed = dir.write("changed.json", exercise_json("test-wall-slide", "Changed"));
    RoutineFile copy;
    const RoutineLibrary built_ins = RoutineLibrary::load(fixture_built_ins(), {});
    copy.exercises = {*built_ins.find_exercise("test-arm-lift")};
    dir.write("copy.json", write_routine_file(copy));
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{changed.string() + ": /exercises/0/id: exercise \"test-wall-slide\" is already "
                                   "defined by built-in catalogue.json; this definition is not "
                                   "used (give it another id)"});
    CHECK(library.find_exercise("test-wall-slide")->name == "Wall slide");
    CHECK(library.exercises().size() == 4);
}

TEST_CASE("a user file over 1 MiB is not read", "[library]")
{
    const TempDir dir;
    const fs::path big = dir.write("big.json", std::string(kMaxJsonBytes + 10, ' '));
    const RoutineLibrary library = RoutineLibrary::load({}, dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{big.string() + ": file is larger than 1 MiB (1048586 bytes)"});
}

TEST_CASE("a named pipe or a device among the user's files is named, never read, a folder is not",
          "[library]")
{
    const TempDir dir;
    REQUIRE(::mkfifo((dir.path() / "a-pipe.json").c_str(), 0600) == 0); // a read would wait
    fs::create_symlink("/dev/zero", dir.path() / "b-zero.json");        // a read would not end
    fs::create_directory(dir.path() / "c-folder.json");
    dir.write("d-good.json", routine_json("good", "Good", "test-wall-slide"));
    const RoutineLibrary library = RoutineLibrary::load(fixture_built_ins(), dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{(dir.path() / "a-pipe.json").string() + ": is a named pipe, not a regular file",
                (dir.path() / "b-zero.json").string() + ": is a device, not a regular file"});
    CHECK(library.find_routine("good"));
}

TEST_CASE("each routine carries its estimated duration", "[library]")
{
    const std::string sided_hold =
        R"({"format": 1, "routine": {"id": "sided", "title": "T", "summary": "S", "lead_in": 5,
            "steps": [{"exercise": "test-side-stretch", "hold": 20, "rest_after": 10},
                      {"rest": 60}, {"timed": "Heat", "seconds": 900}]}})";
    const std::string reps =
        R"({"format": 1, "routine": {"id": "reps", "title": "T", "summary": "S", "lead_in": 0,
            "steps": [{"exercise": "test-shoulder-squeeze", "reps": 10, "tempo": 2, "sets": 2,
                       "rest_between_sets": 15},
                      {"exercise": "test-shoulder-squeeze", "reps": 5}]}})";
    std::vector<RoutineSource> sources = fixture_built_ins();
    sources.push_back({"sided.json", sided_hold});
    sources.push_back({"reps.json", reps});
    const RoutineLibrary library = RoutineLibrary::load(sources, {});
    REQUIRE(library.problems().empty());
    // Lead-in 5, 20 s per side with a 5 s switch, 10 s rest after, a 60 s rest, 900 s of heat.
    CHECK(library.find_routine("sided")->estimated_seconds ==
          Approx(5 + 20 + 5 + 20 + 10 + 60 + 900));
    // Two paced sets of 10 x 2 s with 15 s between, then 5 self-paced reps at 4 s each.
    CHECK(library.find_routine("reps")->estimated_seconds == Approx(20 + 15 + 20 + 5 * 4));
}

TEST_CASE("a copied library answers lookups from its own data", "[library]")
{
    RoutineLibrary copy;
    {
        const RoutineLibrary original = RoutineLibrary::load(fixture_built_ins(), {});
        copy = original;
    }
    const Exercise* found = copy.find_exercise("test-arm-lift");
    REQUIRE(found);
    CHECK(found == &copy.exercises()[2]);
    CHECK(copy.lookup()("test-arm-lift") == found);
}

TEST_CASE("every shipped routine file loads cleanly as the built-in library", "[library]")
{
    const fs::path folder = fs::path(UNKNOT_SOURCE_DIR) / "routines";
    std::vector<RoutineSource> sources;
    for (const fs::path& path : files_with_extension(folder, ".json"))
        sources.push_back({path.filename().string(), read_bytes(path)});
    REQUIRE_FALSE(sources.empty());
    const RoutineLibrary library = RoutineLibrary::load(sources, {});
    CHECK(problem_lines(library.problems()).empty());
    CHECK(library.routines().size() >= 6);
    for (const LibraryRoutine& entry : library.routines()) {
        INFO(entry.routine.id);
        CHECK(entry.built_in);
        CHECK(entry.estimated_seconds > 0);
    }
}

namespace {

// Everything a library holds that a person could see: routines, exercises and problems.
Lines everything(const RoutineLibrary& library)
{
    Lines lines;
    for (const LibraryRoutine& r : library.routines())
        lines.push_back("routine " + r.routine.id + " | " + r.routine.title + " | " + r.source +
                        (r.built_in ? " | built-in | " : " | user | ") +
                        std::to_string(r.estimated_seconds) + " | " +
                        std::to_string(r.routine.steps.size()) + " steps");
    for (const Exercise& e : library.exercises())
        lines.push_back("exercise " + e.id + " | " + e.name);
    for (const std::string& line : problem_lines(library.problems()))
        lines.push_back("problem " + line);
    return lines;
}

} // namespace

// After an editor save only the saved file is read again; the result must be what reading every
// file would give, with clashing ids, identical and conflicting copies of exercises, bad files.
TEST_CASE("reloading the changed files gives what loading them all gives", "[library]")
{
    const TempDir dir;
    dir.write("a-exercises.json", exercise_json("my-stretch", "My stretch"));
    dir.write("b-mine.json", routine_json("mine", "Mine", "my-stretch"));
    dir.write("c-copy.json", exercise_json("my-stretch", "My stretch")); // identical: fine
    dir.write("d-clash.json", exercise_json("my-stretch", "Another stretch"));
    dir.write("e-bad.json", "{\"format\": 1, \"routine\": ");
    dir.write("f-taken.json", routine_json("mine", "Mine again", "test-wall-slide"));
    dir.write("g-unknown.json", routine_json("unknown", "Unknown", "nowhere"));
    const RoutineLibrary first = RoutineLibrary::load(fixture_built_ins(), dir.path());
    REQUIRE(first.routines().size() == 2);

    const auto check = [&](const std::vector<fs::path>& changed) {
        const RoutineLibrary reloaded = RoutineLibrary::reloaded(first, changed);
        CHECK(everything(reloaded) ==
              everything(RoutineLibrary::load(fixture_built_ins(), dir.path())));
    };
    SECTION("nothing changed")
    {
        check({});
    }
    SECTION("a routine's title changed")
    {
        check({dir.write("b-mine.json", routine_json("mine", "Mine, edited", "my-stretch"))});
    }
    SECTION("the first definition of an exercise is removed: its identical copy takes over")
    {
        fs::remove(dir / "a-exercises.json");
        check({dir / "a-exercises.json"});
    }
    SECTION("a new file comes between the others, and a bad one is mended")
    {
        check({dir.write("cc-new.json", routine_json("new", "New", "my-stretch")),
               dir.write("e-bad.json", routine_json("mended", "Mended", "test-arm-lift"))});
    }
    SECTION("the routine whose id was taken gets the id free")
    {
        fs::remove(dir / "b-mine.json");
        check({dir / "b-mine.json"});
    }
    SECTION("the unknown exercise is defined now")
    {
        check({dir.write("aa-nowhere.json", exercise_json("nowhere", "Nowhere"))});
    }
}

TEST_CASE("reloading reads only the changed files", "[library]")
{
    const TempDir dir;
    dir.write("a.json", routine_json("a", "A", "test-wall-slide"));
    dir.write("b.json", routine_json("b", "B", "test-wall-slide"));
    const RoutineLibrary first = RoutineLibrary::load(fixture_built_ins(), dir.path());
    dir.write("a.json", "garbage, unseen: nobody said a.json changed");
    dir.write("notes.txt", "not a routine");
    const RoutineLibrary reloaded = RoutineLibrary::reloaded(
        first, {dir.write("b.json", routine_json("b", "B, edited", "test-wall-slide")),
                dir / "notes.txt"});
    CHECK(problem_lines(reloaded.problems()).empty());
    REQUIRE(reloaded.find_routine("a"));
    CHECK(reloaded.find_routine("a")->routine.title == "A");
    REQUIRE(reloaded.find_routine("b"));
    CHECK(reloaded.find_routine("b")->routine.title == "B, edited");
    CHECK(reloaded.routines().size() == first.routines().size());
}
