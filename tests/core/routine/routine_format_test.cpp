// Routine files: the bad fixtures give exactly their expected problems, the good ones load,
// and writing then reading gives the same file.
#include "core/routine/routine_format.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace unknot;
using namespace unknot::test;

namespace {

std::vector<std::string> expected_lines(const fs::path& path)
{
    std::istringstream in(read_bytes(path));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// Parsing problems, then (for a file that parses) reference problems against its own exercises.
std::vector<std::string> actual_lines(const fs::path& path)
{
    const std::string name = path.filename().string();
    const ParseResult result = parse_routine_file(read_bytes(path), name);
    Problems problems = result.problems;
    if (result.file)
        problems = check_references(*result.file, name, {});
    return problem_lines(problems);
}

RoutineFile load_good(const std::string& name)
{
    const ParseResult result = parse_routine_file(read_bytes(kGoodFixtures / name), name);
    INFO(name << ": " << Catch::Detail::stringify(problem_lines(result.problems)));
    REQUIRE(result.problems.empty());
    REQUIRE(result.file);
    return *result.file;
}

} // namespace

TEST_CASE("every bad fixture gives exactly the problems in its .expected file", "[format]")
{
    const std::vector<fs::path> fixtures = files_with_extension(kBadFixtures, ".json");
    REQUIRE(fixtures.size() >= 30);
    for (const fs::path& fixture : fixtures) {
        fs::path expected = fixture;
        expected.replace_extension(".expected");
        INFO(fixture.filename().string());
        REQUIRE(fs::exists(expected));
        const std::vector<std::string> lines = expected_lines(expected);
        CHECK_FALSE(lines.empty());
        CHECK(actual_lines(fixture) == lines);
    }
}

TEST_CASE("every .expected file has its bad fixture", "[format]")
{
    for (const fs::path& expected : files_with_extension(kBadFixtures, ".expected")) {
        fs::path fixture = expected;
        INFO(expected.filename().string());
        CHECK(fs::exists(fixture.replace_extension(".json")));
    }
}

TEST_CASE("the bad fixtures cover every class of bad file", "[format]")
{
    for (const char* name : {"empty",
                             "utf16",
                             "utf32",
                             "nul-byte",
                             "invalid-utf8",
                             "syntax-error",
                             "deep-nesting",
                             "top-level-array",
                             "huge-number",
                             "newer-format",
                             "unknown-key",
                             "hold-zero",
                             "bad-id",
                             "duplicate-id",
                             "unknown-exercise",
                             "illustration-path",
                             "wrong-type",
                             "not-integer",
                             "many-problems",
                             "limits",
                             "text-limits",
                             "missing-keys",
                             "bad-enums",
                             "format-2-keys-in-format-1",
                             "see-a-professional-in-format-2",
                             "side-choices",
                             "side-choice-in-a-step-without-sides",
                             "pose-ties",
                             "translations"}) {
        INFO(name);
        CHECK(fs::exists(kBadFixtures / (std::string(name) + ".json")));
    }
}

TEST_CASE("a file with many mistakes reports all of them at once", "[format]")
{
    const ParseResult result =
        parse_routine_file(read_bytes(kBadFixtures / "many-problems.json"), "mid-back.json");
    CHECK_FALSE(result.file);
    const std::vector<std::string> lines = problem_lines(result.problems);
    CHECK(lines.size() == 6);
    CHECK(std::find(lines.begin(), lines.end(),
                    "mid-back.json: /routine/steps/0/hold: must be 1..3600 seconds, got 0") !=
          lines.end());
    CHECK(std::find(lines.begin(), lines.end(),
                    "mid-back.json: /routine/steps/2/hodl: unknown key \"hodl\"; did you mean "
                    "\"hold\"?") != lines.end());
}

TEST_CASE("a routine with every kind of step reads into the model", "[format]")
{
    const RoutineFile file = load_good("every-step-kind.json");
    REQUIRE(file.routine);
    const Routine& routine = *file.routine;
    CHECK(routine.id == "test-every-step-kind");
    CHECK(routine.focus == std::vector<std::string>{"upper-back", "mid-back"});
    CHECK(routine.weekly_target == 4);
    CHECK(routine.lead_in_seconds == 5);
    CHECK(routine.notes == std::vector<std::string>{"Discomfort yes, pain no."});
    CHECK(routine.red_flags.professional ==
          std::vector<std::string>{"The pain spreads down an arm."});
    CHECK(routine.credit == "Written for the Unknot tests.");
    REQUIRE(routine.steps.size() == 7);

    const Step& heat = routine.steps[0];
    CHECK(heat.kind == StepKind::timed);
    CHECK(heat.title == "Heat pack on the upper back");
    CHECK(heat.seconds == 900);
    CHECK(heat.rest_after == 30);
    CHECK(heat.note == "Not too hot.");

    const Step& hold = routine.steps[1];
    CHECK(hold.kind == StepKind::hold);
    CHECK(hold.exercise == "test-wall-slide");
    CHECK(hold.hold_seconds == 30);
    CHECK(hold.sets == 3);
    CHECK(hold.rest_between_sets == 15);
    CHECK(hold.rest_after == 20);

    CHECK(routine.steps[2].sets == 1); // the default
    CHECK(routine.steps[3].kind == StepKind::rest);
    CHECK(routine.steps[3].seconds == 60);

    const Step& paced = routine.steps[4];
    CHECK(paced.kind == StepKind::reps);
    CHECK(paced.reps == 30);
    CHECK(paced.tempo == 2.5);
    CHECK_FALSE(routine.steps[5].tempo); // self-paced
    CHECK(routine.steps[6].tempo == 3.0);
}

TEST_CASE("a routine without optional keys gets the documented defaults", "[format]")
{
    const ParseResult result = parse_routine_file(
        R"({"format": 1, "routine": {"id": "r", "title": "T", "summary": "S",
            "steps": [{"exercise": "a", "hold": 5}]}})",
        "r.json");
    REQUIRE(result.file);
    const Routine& routine = *result.file->routine;
    CHECK(routine.weekly_target == 3);
    CHECK(routine.lead_in_seconds == 10);
    CHECK(routine.steps[0].sets == 1);
    CHECK(routine.steps[0].rest_between_sets == 0);
    CHECK(routine.steps[0].rest_after == 0);
}

TEST_CASE("an exercise catalogue reads every field", "[format]")
{
    const RoutineFile file = load_good("catalogue.json");
    CHECK_FALSE(file.routine);
    REQUIRE(file.exercises.size() == 4);
    const Exercise& slide = file.exercises[0];
    CHECK(slide.instructions.size() == 2);
    CHECK(slide.cues == std::vector<std::string>{"Keep the neck long.", "Do not shrug."});
    CHECK(slide.cautions == std::vector<std::string>{"Stop if you feel sharp pain."});
    CHECK(slide.equipment == std::vector<std::string>{"wall"});
    CHECK(slide.sides == Sides::none);
    REQUIRE(slide.variations.size() == 1);
    CHECK(slide.variations[0].name == "On the floor");
    CHECK(slide.illustration == "wall-slide.svg");
    CHECK(file.exercises[1].sides == Sides::each);
    CHECK(file.exercises[2].sides == Sides::alternate);
}

TEST_CASE("a self-contained file uses its own exercises", "[format]")
{
    const RoutineFile file = load_good("self-contained.json");
    CHECK(file.exercises.size() == 1);
    CHECK(check_references(file, "self-contained.json", {}).empty());
    CHECK(file.routine->title == "Desk break from a friend’s file");
}

TEST_CASE("a file saved with a UTF-8 byte order mark loads", "[format]")
{
    const RoutineFile file = load_good("utf8-bom.json");
    CHECK(file.routine->id == "with-bom");
}

TEST_CASE("writing then reading every good fixture gives the same file", "[format][write]")
{
    const std::vector<fs::path> fixtures = files_with_extension(kGoodFixtures, ".json");
    REQUIRE(fixtures.size() >= 4);
    for (const fs::path& fixture : fixtures) {
        INFO(fixture.filename().string());
        const RoutineFile original = load_good(fixture.filename().string());
        const std::string written = write_routine_file(original);
        const ParseResult again = parse_routine_file(written, "written.json");
        CHECK(problem_lines(again.problems).empty());
        REQUIRE(again.file);
        CHECK(*again.file == original);
        CHECK(write_routine_file(*again.file) == written);
    }
}

TEST_CASE("the writer keeps the documented key order and leaves defaults out", "[format][write]")
{
    RoutineFile file;
    Exercise exercise;
    exercise.id = "arm-lift";
    exercise.name = "Arm lift";
    exercise.summary = "Lift one arm.";
    exercise.instructions = {"Lift."};
    exercise.sides = Sides::alternate;
    file.exercises.push_back(exercise);
    Routine routine;
    routine.id = "short";
    routine.title = "Short";
    routine.summary = "Short one.";
    Step reps;
    reps.kind = StepKind::reps;
    reps.exercise = "arm-lift";
    reps.reps = 10;
    reps.tempo = 1.5;
    Step rest;
    rest.kind = StepKind::rest;
    rest.seconds = 30;
    routine.steps = {reps, rest};
    file.routine = routine;

    CHECK(write_routine_file(file) == R"({
  "format": 1,
  "exercises": [
    {
      "id": "arm-lift",
      "name": "Arm lift",
      "summary": "Lift one arm.",
      "instructions": [
        "Lift."
      ],
      "sides": "alternate"
    }
  ],
  "routine": {
    "id": "short",
    "title": "Short",
    "summary": "Short one.",
    "steps": [
      {
        "exercise": "arm-lift",
        "reps": 10,
        "tempo": 1.5
      },
      {
        "rest": 30
      }
    ]
  }
}
)");
}

TEST_CASE("the writer writes values that differ from the defaults", "[format][write]")
{
    RoutineFile file;
    Routine routine;
    routine.id = "r";
    routine.title = "T";
    routine.summary = "S";
    routine.weekly_target = 4;
    routine.lead_in_seconds = 0;
    Step hold;
    hold.exercise = "a";
    hold.hold_seconds = 20;
    hold.sets = 2;
    hold.rest_between_sets = 10;
    hold.rest_after = 5;
    hold.note = "Gently.";
    routine.steps = {hold};
    file.routine = routine;
    const std::string written = write_routine_file(file);
    for (const char* key : {"\"weekly_target\": 4", "\"lead_in\": 0", "\"sets\": 2",
                            "\"rest_between_sets\": 10", "\"rest_after\": 5", "\"note\""}) {
        INFO(key);
        CHECK(written.find(key) != std::string::npos);
    }
    const ParseResult again = parse_routine_file(written, "w.json");
    REQUIRE(again.file);
    CHECK(*again.file == file);
}
