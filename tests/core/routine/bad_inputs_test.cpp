// Files that try to get in: sizes, nesting, encodings and text that must never be interpreted.
// The fixtures in tests/data/bad are checked line by line in routine_format_test.cpp; the inputs
// here are too big to commit, so they are made at test time.
#include "core/routine/routine_format.h"
#include "core/routine/routine_library.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace unknot;
using namespace unknot::test;

namespace {

using Lines = std::vector<std::string>;

Lines parse_lines(const std::string& bytes, const std::string& name)
{
    return problem_lines(parse_routine_file(bytes, name).problems);
}

const std::string kValidRoutine =
    R"({"format": 1, "routine": {"id": "fine", "title": "Fine", "summary": "S",
        "steps": [{"rest": 30}]}})";

} // namespace

TEST_CASE("the catalogue of bad files covers every way in", "[bad]")
{
    for (const char* name : {"huge-number",           "huge-integers",
                             "deep-nesting",          "nul-byte",
                             "control-characters",    "bidi-controls",
                             "invalid-utf8",          "utf8-surrogate",
                             "utf8-overlong",         "utf8-truncated",
                             "lone-surrogate",        "illustration-path",
                             "illustration-names",    "long-values",
                             "misplaced-long-string", "raw-control-character",
                             "tab-in-string",         "after-end",
                             "key-not-string",        "missing-colon",
                             "missing-closing-quote", "unknown-escape",
                             "bad-unicode-escape",    "unknown-word",
                             "unexpected-character",  "bad-number"}) {
        INFO(name);
        CHECK(fs::exists(kBadFixtures / (std::string(name) + ".json")));
        CHECK(fs::exists(kBadFixtures / (std::string(name) + ".expected")));
    }
}

TEST_CASE("a 10 MB file is refused by its size and the other files still load", "[bad]")
{
    const TempDir dir;
    const std::string huge(10 * 1024 * 1024, ' ');
    const fs::path big = dir.write("big.json", huge);
    dir.write("fine.json", kValidRoutine);
    const RoutineLibrary library = RoutineLibrary::load({}, dir.path());
    CHECK(problem_lines(library.problems()) ==
          Lines{big.string() + ": file is larger than 1 MiB (10485760 bytes)"});
    CHECK(library.find_routine("fine"));
    CHECK(parse_lines(huge, "big.json") ==
          Lines{"big.json: file is larger than 1 MiB (10485760 bytes)"});
}

TEST_CASE("a file of exactly 1 MiB is read, one byte more is refused", "[bad]")
{
    std::string limit = kValidRoutine;
    limit.resize(std::size_t{1} << 20, ' ');
    CHECK(parse_lines(limit, "limit.json").empty());
    CHECK(parse_lines(limit + " ", "over.json") ==
          Lines{"over.json: file is larger than 1 MiB (1048577 bytes)"});
}

TEST_CASE("100,000 levels of nesting are refused at level 33 without deep recursion", "[bad]")
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(parse_lines(deep, "deep.json") ==
          Lines{"deep.json:1:33: nested more than 32 levels deep"});
    const std::string objects = [] {
        std::string text;
        for (int i = 0; i < 50000; ++i)
            text += R"({"a":)";
        return text + "1" + std::string(50000, '}');
    }();
    CHECK(parse_lines(objects, "objects.json") ==
          Lines{"objects.json:1:161: nested more than 32 levels deep"});
}

TEST_CASE("a misplaced string of a million backslashes is reported at once", "[bad]")
{
    // Finding the start of this string used to take time quadratic in its length: minutes.
    const std::string bytes = "{\"format\": 1 \"" + std::string(1000000, '\\') + "\"}";
    const auto start = std::chrono::steady_clock::now();
    const Lines lines = parse_lines(bytes, "slow.json");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(lines == Lines{"slow.json:1:14: expected ',' or '}' but found a string; is a comma "
                         "missing?"});
    CHECK(elapsed < std::chrono::seconds(10)); // linear: milliseconds, even under ASan
}

TEST_CASE("a key of a million letters gives a short message quickly", "[bad]")
{
    const std::string key(1000000, 'k');
    const auto start = std::chrono::steady_clock::now();
    const Lines lines =
        parse_lines(R"({"format": 1, "exercises": [], ")" + key + "\": 1}", "key.json");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].size() < 1000100); // the pointer names the key; the message does not repeat it
    CHECK(lines[0].ends_with(": unknown key \"" + std::string(60, 'k') + "...\""));
    CHECK(elapsed < std::chrono::seconds(10));
}

TEST_CASE("problem lines never carry control characters from a file or its name", "[bad]")
{
    const TempDir dir;
    const fs::path named = dir.write("clear\x1b[2J.json", "{\"format\": 1,}");
    const RoutineLibrary library = RoutineLibrary::load({}, dir.path());
    const std::string folder = dir.path().string();
    CHECK(problem_lines(library.problems()) ==
          Lines{folder + "/clear\\u001B[2J.json:1:13: comma before '}' is not allowed; remove it"});
    CHECK(parse_lines(R"({"format": 1, "exercises": [], "\u001b[31m": 1})", "key.json") ==
          Lines{"key.json: /\\u001B[31m: unknown key \"\\u001B[31m\""});
}

TEST_CASE("markup in every text field loads as the very same text", "[bad]")
{
    const ParseResult result =
        parse_routine_file(read_bytes(kGoodFixtures / "markup-everywhere.json"), "m.json");
    REQUIRE(result.file);
    const Exercise& exercise = result.file->exercises.at(0);
    CHECK(exercise.name == "<b>Name</b> of the stretch");
    CHECK(exercise.instructions.at(0) ==
          R"(<a href="https://example.com/1">First instruction</a>)");
    CHECK(exercise.variations.at(0).description ==
          "<table><tr><td>Variation description</td></tr></table>");
    const Routine& routine = *result.file->routine;
    CHECK(routine.credit == "Credit &amp; <i>thanks</i>");
    CHECK(routine.steps.at(1).title == "<big>Timed title</big>");
}

TEST_CASE("tab and line breaks are the only control characters text may hold", "[bad]")
{
    const std::string allowed = R"({"format": 1, "routine": {"id": "r", "title": "A\tB",
        "summary": "Line\nbreak\r\n", "steps": [{"rest": 30}]}})";
    CHECK(parse_lines(allowed, "ok.json").empty());
    CHECK(parse_lines(R"({"format": 1, "routine": {"id": "r", "title": "A\u0000B",
        "summary": "S", "steps": [{"rest": 30}]}})",
                      "nul.json") ==
          Lines{"nul.json: /routine/title: must not contain control characters, found U+0000"});
}
