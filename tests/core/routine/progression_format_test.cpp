// The per-step progression block (format 2): read, written back, and every mistake named with its
// pointer.
#include "core/routine/routine_format.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace unknot;
using namespace unknot::test;

TEST_CASE("a step's progression is read as written and written back the same", "[format2]")
{
    const ParseResult result =
        parse_routine_file(read_bytes(kGoodFixtures / "progression.json"), "progression.json");
    INFO(Catch::Detail::stringify(problem_lines(result.problems)));
    REQUIRE(result.file);
    const Routine& routine = *result.file->routine;
    REQUIRE(routine.steps.size() == 2);
    const Progression& hold = *routine.steps[0].progression;
    CHECK(hold.hold == DoseRange{20, 45, 5});
    CHECK(hold.sets == DoseRange{1, 3, 1});
    CHECK_FALSE(hold.reps);
    CHECK(routine.steps[1].progression->reps == DoseRange{6, 12, 2});
    CHECK_FALSE(routine.steps[1].progression->sets);

    const std::string written = write_routine_file(*result.file);
    CHECK(nlohmann::json::parse(written).at("format") == 2);
    const ParseResult again = parse_routine_file(written, "again.json");
    REQUIRE(again.file);
    CHECK(*again.file == *result.file);
}

TEST_CASE("a progression in a format-1 file asks for format 2", "[format2]")
{
    std::string bytes = read_bytes(kGoodFixtures / "progression.json");
    bytes.replace(bytes.find("\"format\": 2"), 11, "\"format\": 1");
    CHECK(problem_lines(parse_routine_file(bytes, "f.json").problems) ==
          std::vector<std::string>{
              "f.json: /routine/steps/0/progression: \"progression\" needs \"format\": 2 at the "
              "top of the file",
              "f.json: /routine/steps/1/progression: \"progression\" needs \"format\": 2 at the "
              "top of the file"});
}
