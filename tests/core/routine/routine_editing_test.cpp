// Editing helpers: the loader's rules on an in-memory routine, ids, copies, exports, imports.
#include "core/routine/routine_editing.h"
#include "core/routine/routine_format.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

RoutineLibrary test_library()
{
    std::vector<RoutineSource> sources;
    for (const char* name : {"catalogue.json", "every-step-kind.json"})
        sources.push_back({name, read_bytes(kGoodFixtures / name)});
    RoutineLibrary library = RoutineLibrary::load(sources, {});
    REQUIRE(library.problems().empty());
    return library;
}

RoutineFile valid_file()
{
    Routine routine;
    routine.id = "my-upper-back";
    routine.title = "My upper back";
    routine.summary = "From the physiotherapist's sheet.";
    Step hold;
    hold.exercise = "test-side-stretch";
    hold.hold_seconds = 30;
    Step reps;
    reps.kind = StepKind::reps;
    reps.exercise = "test-arm-lift";
    reps.reps = 10;
    reps.tempo = 2.0;
    routine.steps = {hold, reps};
    RoutineFile file;
    file.routine = routine;
    return file;
}

Exercise user_exercise(const std::string& id)
{
    Exercise exercise;
    exercise.id = id;
    exercise.name = "Towel squeeze";
    exercise.summary = "Squeeze the shoulder blades over a rolled towel.";
    exercise.instructions = {"Lie on your back over a rolled towel.", "Squeeze and let go."};
    exercise.equipment = {"towel"};
    exercise.sides = Sides::each;
    return exercise;
}

std::vector<std::string> pointers(const Problems& problems)
{
    std::vector<std::string> result;
    for (const Problem& problem : problems)
        result.push_back(problem.pointer);
    return result;
}

} // namespace

TEST_CASE("a valid routine being edited has no problems", "[editing]")
{
    const RoutineLibrary library = test_library();
    const Problems problems =
        validate_routine_edit(valid_file(), "edit", edit_context(library, {}, {}));
    CHECK(problem_lines(problems).empty());
}

TEST_CASE("editing problems are the loader's, each with the pointer of its field", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile file = valid_file();
    file.routine->title.clear();
    file.routine->lead_in_seconds = 90;
    file.routine->steps[0].hold_seconds = 0;
    file.routine->steps[1].tempo = 0.0;
    file.routine->notes = {"Fine.", " "};
    const Problems problems = validate_routine_edit(file, "edit", edit_context(library, {}, {}));
    CHECK(problem_lines(problems) ==
          std::vector<std::string>{
              "edit: /routine/title: must not be empty",
              "edit: /routine/lead_in: must be 0..60 seconds, got 90",
              "edit: /routine/notes/1: must not be empty",
              "edit: /routine/steps/0/hold: must be 1..3600 seconds, got 0",
              "edit: /routine/steps/1/tempo: must be 0.5..30 seconds, got 0.0",
          });
}

TEST_CASE("a routine with no steps is reported on the step list", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile file = valid_file();
    file.routine->steps.clear();
    const Problems problems = validate_routine_edit(file, "edit", edit_context(library, {}, {}));
    CHECK(pointers(problems) == std::vector<std::string>{"/routine/steps"});
}

TEST_CASE("unknown exercises name the nearest one, an empty one is reported once", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile file = valid_file();
    file.routine->steps[0].exercise = "test-side-strech";
    file.routine->steps[1].exercise.clear();
    const Problems problems = validate_routine_edit(file, "edit", edit_context(library, {}, {}));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pointer == "/routine/steps/1/exercise");
    CHECK(problems[1].to_string() == "edit: /routine/steps/0/exercise: unknown exercise "
                                     "\"test-side-strech\"; did you mean \"test-side-stretch\"?");
}

TEST_CASE("exercises made while editing count as known", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile file = valid_file();
    file.routine->steps[0].exercise = "towel-squeeze";
    CHECK(validate_routine_edit(file, "edit", edit_context(library, {}, {})).size() == 1);
    const EditContext context = edit_context(library, {}, {user_exercise("towel-squeeze")});
    CHECK(validate_routine_edit(file, "edit", context).empty());
}

TEST_CASE("a routine may keep its own id but not take another routine's", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile file = valid_file();
    file.routine->id = "test-every-step-kind";
    const Problems taken = validate_routine_edit(file, "edit", edit_context(library, {}, {}));
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].to_string() ==
          "edit: /routine/id: another routine already has the id \"test-every-step-kind\"");
    const EditContext own = edit_context(library, "test-every-step-kind", {});
    CHECK(validate_routine_edit(file, "edit", own).empty());
}

TEST_CASE("a new exercise is checked by the format's rules and for a free id", "[editing]")
{
    Exercise exercise = user_exercise("towel-squeeze");
    CHECK(validate_new_exercise(exercise, {"cat-camel"}).empty());
    CHECK(pointers(validate_new_exercise(exercise, {"towel-squeeze"})) ==
          std::vector<std::string>{"/exercises/0/id"});
    exercise.name.clear();
    exercise.instructions.clear();
    exercise.equipment = {"sofa"};
    CHECK(pointers(validate_new_exercise(exercise, {})) ==
          std::vector<std::string>{"/exercises/0/name", "/exercises/0/instructions",
                                   "/exercises/0/equipment/0"});
}

TEST_CASE("ids are made from titles and kept unique", "[editing]")
{
    CHECK(make_unique_id("My upper back", {}) == "my-upper-back");
    CHECK(make_unique_id("  Thoracic -- mobility (2)! ", {}) == "thoracic-mobility-2");
    CHECK(make_unique_id("My upper back", {"my-upper-back"}) == "my-upper-back-2");
    CHECK(make_unique_id("My upper back", {"my-upper-back", "my-upper-back-2"}) ==
          "my-upper-back-3");
    CHECK(make_unique_id("背中", {}) == "routine");
    CHECK(make_unique_id("!!!", {}, "Towel squeeze") == "towel-squeeze");
    const std::string long_title(100, 'a');
    const std::string id = make_unique_id(long_title, {std::string(64, 'a')});
    CHECK(id.size() == 64);
    CHECK(id.substr(62) == "-2");
}

TEST_CASE("duplicate to edit gives a copy title and a new id", "[editing]")
{
    const RoutineLibrary library = test_library();
    RoutineFile original;
    original.routine = library.find_routine("test-every-step-kind")->routine;
    const RoutineFile copy = duplicate_for_editing(original, {"test-every-step-kind"});
    CHECK(copy.routine->title == "Every kind of step (copy)");
    CHECK(copy.routine->id == "every-kind-of-step-copy");
    CHECK(copy.routine->steps == original.routine->steps);
    const EditContext context = edit_context(library, {}, {});
    CHECK(validate_routine_edit(copy, "copy", context).empty());
}

TEST_CASE("an export carries the user exercises it uses and loads on its own", "[editing]")
{
    RoutineFile file = valid_file();
    file.routine->steps[0].exercise = "towel-squeeze";
    file.routine->steps[1].exercise = "doorway-stretch";
    const std::vector<Exercise> user{user_exercise("towel-squeeze"), user_exercise("unused"),
                                     user_exercise("doorway-stretch")};
    const RoutineFile shared = self_contained(file, user);
    REQUIRE(shared.exercises.size() == 2);
    CHECK(shared.exercises[0].id == "towel-squeeze");
    CHECK(shared.exercises[1].id == "doorway-stretch");
    const ParseResult reread = parse_routine_file(write_routine_file(shared), "shared.json");
    REQUIRE(reread.file);
    CHECK(*reread.file == shared);
    CHECK(check_references(*reread.file, "shared.json", {}).empty());
}

TEST_CASE("an import is checked against the library", "[editing]")
{
    const RoutineLibrary library = test_library();
    const std::string good = read_bytes(kGoodFixtures / "self-contained.json");

    SECTION("a good file with a free id")
    {
        const ImportCheck check = check_import(good, "friend.json", library);
        CHECK(check.problems.empty());
        REQUIRE(check.file);
        CHECK_FALSE(check.id_taken);
    }
    SECTION("a file whose id is taken gets a free one offered")
    {
        RoutineFile file = valid_file();
        file.routine->id = "test-every-step-kind";
        const ImportCheck check = check_import(write_routine_file(file), "mine.json", library);
        REQUIRE(check.file);
        CHECK(check.id_taken);
        CHECK(check.suggested_id == "test-every-step-kind-2");
    }
    SECTION("a bad file gives its problems and no file")
    {
        const ImportCheck check =
            check_import(read_bytes(kBadFixtures / "hold-zero.json"), "hold-zero.json", library);
        CHECK_FALSE(check.file);
        CHECK(problem_lines(check.problems) ==
              std::vector<std::string>{
                  "hold-zero.json: /routine/steps/0/hold: must be 1..3600 seconds, got 0"});
    }
    SECTION("a file with only exercises is not a routine")
    {
        const ImportCheck check =
            check_import(read_bytes(kGoodFixtures / "catalogue.json"), "c.json", library);
        CHECK_FALSE(check.file);
        CHECK(problem_lines(check.problems) ==
              std::vector<std::string>{"c.json: the file has no \"routine\" to import"});
    }
    SECTION("an exercise that differs from the library's under the same id")
    {
        RoutineFile file = valid_file();
        Exercise changed = *library.find_exercise("test-arm-lift");
        changed.name = "Something else";
        file.exercises = {changed};
        const ImportCheck check = check_import(write_routine_file(file), "mine.json", library);
        CHECK_FALSE(check.file);
        CHECK(pointers(check.problems) == std::vector<std::string>{"/exercises/0/id"});
    }
    SECTION("a reference to an exercise nobody defines")
    {
        RoutineFile file = valid_file();
        file.routine->steps[1].exercise = "nowhere";
        const ImportCheck check = check_import(write_routine_file(file), "mine.json", library);
        CHECK_FALSE(check.file);
        CHECK(pointers(check.problems) == std::vector<std::string>{"/routine/steps/1/exercise"});
    }
}
