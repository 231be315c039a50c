// The meaning rules of routines/FORMAT.md, one by one, with their exact messages and pointers.
#include "core/routine/routine_format.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

std::vector<std::string> problems_of(const std::string& json)
{
    return problem_lines(parse_routine_file(json, "f.json").problems);
}

// A file whose only routine has one step given as JSON text.
std::string with_step(const std::string& step)
{
    return R"({"format": 1, "routine": {"id": "r", "title": "T", "summary": "S", "steps": [)" +
           step + "]}}";
}

// A file with one valid exercise whose `key` is set to `value` (JSON text), added or replaced.
std::string with_exercise(const std::string& key, const std::string& value)
{
    std::vector<std::pair<std::string, std::string>> fields{{"id", "\"cat-camel\""},
                                                            {"name", "\"Cat-camel\""},
                                                            {"summary", "\"S\""},
                                                            {"instructions", "[\"Kneel.\"]"}};
    const auto found = std::find_if(fields.begin(), fields.end(),
                                    [&](const auto& field) { return field.first == key; });
    if (found == fields.end())
        fields.emplace_back(key, value);
    else
        found->second = value;
    std::string object;
    for (const auto& [name, text] : fields)
        object += (object.empty() ? "\"" : ", \"") + name + "\": " + text;
    return R"({"format": 1, "exercises": [{)" + object + "}]}";
}

std::string quoted_repeat(const std::string& text, std::size_t count)
{
    std::string result = "\"";
    for (std::size_t i = 0; i < count; ++i)
        result += text;
    return result + "\"";
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("valid steps of every kind have no problems", "[validation]")
{
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 1})")).empty());
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 3600, "sets": 20})")).empty());
    CHECK(problems_of(with_step(R"({"exercise": "a", "reps": 500, "tempo": 0.5})")).empty());
    CHECK(problems_of(with_step(R"({"exercise": "a", "reps": 1, "tempo": 30})")).empty());
    CHECK(
        problems_of(with_step(R"({"timed": "Heat", "seconds": 3600, "rest_after": 600})")).empty());
    CHECK(problems_of(with_step(R"({"rest": 600, "note": "Breathe."})")).empty());
}

TEST_CASE("numbers just outside their ranges are reported with the range", "[validation]")
{
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 0})")) ==
          Lines{"f.json: /routine/steps/0/hold: must be 1..3600 seconds, got 0"});
    CHECK(problems_of(with_step(R"({"exercise": "a", "reps": 0})")) ==
          Lines{"f.json: /routine/steps/0/reps: must be 1..500, got 0"});
    CHECK(problems_of(with_step(R"({"exercise": "a", "reps": 5, "tempo": 0.4})")) ==
          Lines{"f.json: /routine/steps/0/tempo: must be 0.5..30 seconds, got 0.4"});
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 5, "sets": 0})")) ==
          Lines{"f.json: /routine/steps/0/sets: must be 1..20, got 0"});
    CHECK(problems_of(with_step(R"({"timed": "Heat", "seconds": 0})")) ==
          Lines{"f.json: /routine/steps/0/seconds: must be 1..3600 seconds, got 0"});
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 1e20})")) ==
          Lines{"f.json: /routine/steps/0/hold: must be 1..3600 seconds, got 1e+20"});
}

TEST_CASE("integers may be written as 30.0 but not as 3.5", "[validation]")
{
    const ParseResult result =
        parse_routine_file(with_step(R"({"exercise": "a", "hold": 30.0})"), "f.json");
    REQUIRE(result.file);
    CHECK(result.file->routine->steps[0].hold_seconds == 30);
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 3.5})")) ==
          Lines{"f.json: /routine/steps/0/hold: must be an integer, got 3.5"});
}

TEST_CASE("text length counts characters, not bytes", "[validation]")
{
    CHECK(problems_of(with_exercise("name", quoted_repeat("é", 80))).empty());
    CHECK(problems_of(with_exercise("name", quoted_repeat("🙂", 80))).empty());
    CHECK(problems_of(with_exercise("name", quoted_repeat("n", 81))) ==
          Lines{"f.json: /exercises/0/name: must be at most 80 characters, got 81"});
    CHECK(problems_of(with_exercise("summary", quoted_repeat("s", 301))) ==
          Lines{"f.json: /exercises/0/summary: must be at most 300 characters, got 301"});
}

TEST_CASE("text made only of spaces counts as empty", "[validation]")
{
    CHECK(problems_of(with_exercise("name", R"(" \t ")")) ==
          Lines{"f.json: /exercises/0/name: must not be empty"});
}

TEST_CASE("lists with too many or too few items are reported", "[validation]")
{
    std::string cues = "[";
    for (int i = 0; i < 21; ++i)
        cues += std::string(i == 0 ? "" : ", ") + "\"Breathe.\"";
    CHECK(problems_of(with_exercise("cues", cues + "]")) ==
          Lines{"f.json: /exercises/0/cues: must have at most 20 items, got 21"});
    CHECK(problems_of(with_exercise("instructions", R"([])")) ==
          Lines{"f.json: /exercises/0/instructions: must have 1..20 items, got 0"});
}

TEST_CASE("ids are checked against their pattern", "[validation]")
{
    CHECK(problems_of(with_exercise("id", R"("a-1")")).empty());
    CHECK(problems_of(with_exercise("id", quoted_repeat("a", 64))).empty());
    CHECK(problems_of(with_exercise("id", quoted_repeat("a", 65))).size() == 1);
    CHECK(problems_of(with_exercise("id", R"("cat_camel")")) ==
          Lines{"f.json: /exercises/0/id: must be 1..64 characters of a-z, 0-9 and -, got "
                "\"cat_camel\""});
}

TEST_CASE("an illustration must be a plain file name", "[validation]")
{
    CHECK(problems_of(with_exercise("illustration", R"("cat-camel.svg")")).empty());
    for (const char* name : {"art/cat.svg", "art\\\\cat.svg", "..", "cat..svg"}) {
        INFO(name);
        CHECK(problems_of(with_exercise("illustration", "\"" + std::string(name) + "\"")).size() ==
              1);
    }
}

TEST_CASE("an unknown key suggests the nearest valid key only when it is close", "[validation]")
{
    CHECK(problems_of(with_exercise("cautons", R"(["Stop."])")) ==
          Lines{"f.json: /exercises/0/cautons: unknown key \"cautons\"; did you mean "
                "\"cautions\"?"});
    CHECK(problems_of(with_exercise("colour", R"("red")")) ==
          Lines{"f.json: /exercises/0/colour: unknown key \"colour\""});
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 5, "rest_betwen_sets": 5})")) ==
          Lines{"f.json: /routine/steps/0/rest_betwen_sets: unknown key \"rest_betwen_sets\"; did "
                "you mean \"rest_between_sets\"?"});
}

TEST_CASE("a key of another kind of step is named as misplaced", "[validation]")
{
    CHECK(problems_of(with_step(R"({"timed": "Heat", "seconds": 60, "sets": 2})")) ==
          Lines{"f.json: /routine/steps/0/sets: \"sets\" does not belong in a timed step"});
    CHECK(problems_of(with_step(R"({"exercise": "a", "hold": 5, "tempo": 2})")) ==
          Lines{"f.json: /routine/steps/0/tempo: \"tempo\" does not belong in a hold step"});
}

TEST_CASE("a timed step needs its seconds", "[validation]")
{
    CHECK(problems_of(with_step(R"({"timed": "Heat"})")) ==
          Lines{"f.json: /routine/steps/0: missing required key \"seconds\""});
}

TEST_CASE("a newer format is the only problem reported", "[validation]")
{
    CHECK(problems_of(R"({"format": 3, "whatever": {"new": true}})") ==
          Lines{"f.json: /format: this file needs a newer version of Unknot (format 3; this "
                "version reads format 2)"});
}

TEST_CASE("the format must be an integer", "[validation]")
{
    CHECK(problems_of(R"({"format": "1", "exercises": []})") ==
          Lines{"f.json: /format: must be an integer, got a string"});
}

TEST_CASE("a repeated key is reported where it is, even with escaped characters", "[validation]")
{
    CHECK(problems_of(R"({"format": 1, "exercises": [], "a/b": 1, "a/b": 2})") ==
          Lines{"f.json: /a~1b: key \"a/b\" appears more than once",
                "f.json: /a~1b: unknown key \"a/b\""});
}

TEST_CASE("references: an unknown exercise names the nearest known id", "[validation]")
{
    const ParseResult result =
        parse_routine_file(with_step(R"({"exercise": "cat-camle", "hold": 5}, {"rest": 5},
                     {"exercise": "childs-pose", "reps": 3}, {"exercise": "zzz", "hold": 5})"),
                           "mid-back.json");
    REQUIRE(result.file);
    const KnownExercises known{
        {"cat-camel", Sides::none}, {"child-pose", Sides::none}, {"bird-dog", Sides::each}};
    CHECK(problem_lines(check_references(*result.file, "mid-back.json", known)) ==
          Lines{"mid-back.json: /routine/steps/0/exercise: unknown exercise \"cat-camle\"; did "
                "you mean \"cat-camel\"?",
                "mid-back.json: /routine/steps/2/exercise: unknown exercise \"childs-pose\"; did "
                "you mean \"child-pose\"?",
                "mid-back.json: /routine/steps/3/exercise: unknown exercise \"zzz\""});
}

TEST_CASE("references: known ids and the file's own exercises are both accepted", "[validation]")
{
    const ParseResult result = parse_routine_file(
        R"({"format": 1,
            "exercises": [{"id": "own", "name": "Own", "summary": "S", "instructions": ["Go."]}],
            "routine": {"id": "r", "title": "T", "summary": "S",
                        "steps": [{"exercise": "own", "hold": 5}, {"exercise": "known", "hold": 5}]}})",
        "f.json");
    REQUIRE(result.file);
    CHECK(check_references(*result.file, "f.json", {{"known", Sides::none}}).empty());
    CHECK(check_references(*result.file, "f.json", {}).size() == 1);
}
