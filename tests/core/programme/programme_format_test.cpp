// Programme files: reading, writing and every kind of problem, named by file and JSON pointer.
#include "core/programme/programme_format.h"
#include "programme_test_support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace unknot;
using namespace unknot::test;

namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(UNKNOT_TEST_DATA) / "programme";

std::vector<std::string> lines(const Problems& problems)
{
    std::vector<std::string> out;
    for (const Problem& problem : problems)
        out.push_back(problem.to_string());
    return out;
}

std::vector<std::string> parse_lines(const std::string& bytes)
{
    return lines(parse_programme_file(bytes, "programme.json").problems);
}

const std::vector<std::string> kRoutineIds{"upper-back-stretch", "thoracic-mobility",
                                           "everyday-ten"};

} // namespace

TEST_CASE("a programme file is read as written and written back the same")
{
    const std::string bytes = read_bytes(kFixtures / "good.json");
    const ProgrammeParse parsed = parse_programme_file(bytes, "good.json");
    for (const std::string& line : lines(parsed.problems))
        INFO(line);
    REQUIRE(parsed.programme);
    const Programme& p = *parsed.programme;
    CHECK(p.routines == std::vector<std::string>{"upper-back-stretch", "thoracic-mobility"});
    CHECK(p.days == std::vector<weekday>{Monday, Wednesday, Friday});
    CHECK(p.weeks == 4);
    CHECK(p.start == kStart);
    CHECK(p.time == hours{18} + minutes{30});
    CHECK(write_programme_file(p) == bytes);
    CHECK(check_programme_routines(p, "good.json", kRoutineIds).empty());
}

TEST_CASE("days are kept Monday first, weeks default to four and the time is optional")
{
    const auto parsed = parse_programme_file(
        R"({"format": 1, "routines": ["a"], "days": ["sunday", "tuesday"], "start": "2027-01-03"})",
        "p.json");
    REQUIRE(parsed.programme);
    CHECK(parsed.programme->days == std::vector<weekday>{Tuesday, Sunday});
    CHECK(parsed.programme->weeks == kDefaultProgrammeWeeks);
    CHECK_FALSE(parsed.programme->time);
    const auto again = parse_programme_file(write_programme_file(*parsed.programme), "p.json");
    REQUIRE(again.programme);
    CHECK(*again.programme == *parsed.programme);
}

TEST_CASE("a programme file with every kind of problem reports each with its pointer")
{
    const std::string bytes = read_bytes(kFixtures / "every-error.json");
    CHECK(
        lines(parse_programme_file(bytes, "every-error.json").problems) ==
        std::vector<std::string>{
            R"(every-error.json: /colour: unknown key "colour")",
            R"(every-error.json: /routines/1: "upper-back-strech" is listed twice)",
            R"(every-error.json: /routines/2: must be 1..64 characters of a-z, 0-9 and -, got "Upper Back")",
            R"(every-error.json: /days/1: unknown value "munday"; did you mean "monday"?)",
            R"(every-error.json: /days/2: "monday" is listed twice)",
            R"(every-error.json: /days/3: must be a string, got a number)",
            R"(every-error.json: /weeks: must be 1..52 weeks, got 60)",
            R"(every-error.json: /start: must be a date written YYYY-MM-DD (such as "2026-03-02"), got "2026-02-30")",
            R"(every-error.json: /time: must be a time of day written HH:MM (such as "18:30"), got "25:00")"});
}

TEST_CASE("unknown routines are named with the nearest known id")
{
    Programme p = programme_of({"upper-back-strech", "everyday-ten", "zzz"});
    CHECK(
        lines(check_programme_routines(p, "programme.json", kRoutineIds)) ==
        std::vector<std::string>{
            R"(programme.json: /routines/0: unknown routine "upper-back-strech"; did you mean "upper-back-stretch"?)",
            R"(programme.json: /routines/2: unknown routine "zzz")"});
}

TEST_CASE("missing keys, wrong types, empty lists and other formats")
{
    CHECK(parse_lines(R"({"format": 1})") ==
          std::vector<std::string>{R"(programme.json: missing required key "routines")",
                                   R"(programme.json: missing required key "days")",
                                   R"(programme.json: missing required key "start")"});
    CHECK(parse_lines(R"({"format": 1, "routines": [], "days": [], "start": 20261207})") ==
          std::vector<std::string>{
              "programme.json: /routines: must have 1..5 items, got 0",
              "programme.json: /days: must have 1..7 items, got 0",
              R"(programme.json: /start: must be a date such as "2026-03-02", got a number)"});
    CHECK(
        parse_lines(R"({"format": 1, "routines": "a", "days": {}, "start": "1999-12-31",
                          "time": 1830})") ==
        std::vector<std::string>{
            "programme.json: /routines: must be an array, got a string",
            "programme.json: /days: must be an array, got an object",
            R"(programme.json: /start: must be a date from 2000 to 2100, got "1999-12-31")",
            R"(programme.json: /time: must be a time of day written HH:MM (such as "18:30"), got a number)"});
    CHECK(parse_lines(R"({"format": 2, "anything": true})") ==
          std::vector<std::string>{"programme.json: /format: this file needs a newer version of "
                                   "Unknot (format 2; this version reads format 1)"});
    CHECK(parse_lines(
              R"({"format": 0, "routines": ["a"], "days": ["monday"], "start": "2026-12-07"})") ==
          std::vector<std::string>{"programme.json: /format: must be 1, got 0"});
    CHECK(parse_lines("[1, 2]") ==
          std::vector<std::string>{"programme.json: expected a JSON object at the top level, "
                                   "got an array"});
    CHECK(parse_lines("{\"format\": 1,\n  \"routines\": [\"a\",]\n}") ==
          std::vector<std::string>{
              "programme.json:2:19: comma before ']' is not allowed; remove it"});
}

TEST_CASE("the programme file in a data folder: none, a bad one left alone, a saved one")
{
    const TempDir dir;
    const fs::path path = dir / kProgrammeFileName;
    const ProgrammeParse none = load_programme(path);
    CHECK_FALSE(none.programme);
    CHECK(none.problems.empty());

    write_bytes(path, "{\"format\": 1, \"routines\": [\"a\"]");
    const ProgrammeParse bad = load_programme(path);
    CHECK_FALSE(bad.programme);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].file == path.string());
    CHECK(read_bytes(path) == "{\"format\": 1, \"routines\": [\"a\"]");

    const Programme programme = programme_of();
    CHECK_FALSE(save_programme(path, programme));
    const ProgrammeParse saved = load_programme(path);
    REQUIRE(saved.programme);
    CHECK(*saved.programme == programme);

    fs::create_directory(dir / "folder.json");
    const ProgrammeParse folder = load_programme(dir / "folder.json");
    REQUIRE(folder.problems.size() == 1);
    CHECK_THAT(folder.problems[0].message, Catch::Contains("folder"));
}

TEST_CASE("starting a programme keeps the one it replaces, under its start date")
{
    const TempDir dir;
    const Programme first = programme_of();
    CHECK_FALSE(start_programme(dir.path(), first));
    CHECK(load_programme(dir / kProgrammeFileName).programme == first);

    Programme second = programme_of({"everyday-ten"}, {Tuesday}, 6, kStart + days{28});
    CHECK_FALSE(start_programme(dir.path(), second));
    CHECK(load_programme(dir / kProgrammeFileName).programme == second);
    CHECK(load_programme(dir / "programme-2026-12-07.json").programme == first);

    Programme third = second;
    third.weeks = 2;
    write_bytes(dir / kProgrammeFileName, "not json");
    CHECK_FALSE(start_programme(dir.path(), third));
    CHECK(read_bytes(dir / "programme-earlier.json") == "not json");
    CHECK_FALSE(start_programme(dir.path(), second));
    CHECK(load_programme(dir / "programme-2027-01-04.json").programme == third);
    CHECK_FALSE(start_programme(dir.path(), second));
    CHECK(load_programme(dir / "programme-2027-01-04-2.json").programme == second);
}
