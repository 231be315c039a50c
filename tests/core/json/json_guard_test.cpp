// Reading untrusted bytes: size and depth limits, encodings, positions of syntax errors.
#include "../routine/routine_test_support.h"
#include "core/base/suggest.h"
#include "core/base/utf8.h"
#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace unknot;
using namespace unknot::test;

namespace {

using Lines = std::vector<std::string>;

Lines problems_of(std::string_view bytes)
{
    return problem_lines(parse_routine_file(bytes, "f.json").problems);
}

constexpr std::string_view kSmallFile = R"({"format": 1, "exercises": []})";

} // namespace

TEST_CASE("a file over 1 MiB is refused before parsing", "[guard]")
{
    std::string bytes(kSmallFile);
    bytes.resize(kMaxJsonBytes + 1, ' ');
    CHECK(problems_of(bytes) == Lines{"f.json: file is larger than 1 MiB (1048577 bytes)"});
    bytes.resize(kMaxJsonBytes);
    CHECK(problems_of(bytes).empty());
}

TEST_CASE("nesting 32 deep is fine, 33 is refused with its position", "[guard]")
{
    const auto nested = [](int depth) {
        return "{\"format\": 1, \"exercises\": []" + std::string(",\n\"x\": ") +
               std::string(static_cast<std::size_t>(depth - 1), '[') +
               std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
    };
    const GuardedJson ok = read_json_guarded(nested(32), "f.json");
    CHECK(ok.problems.empty());
    CHECK(ok.document);
    const GuardedJson deep = read_json_guarded(nested(33), "f.json");
    CHECK(problem_lines(deep.problems) == Lines{"f.json:2:37: nested more than 32 levels deep"});
    CHECK_FALSE(deep.document);
}

TEST_CASE("a hostile nesting of 100,000 levels is refused without a crash", "[guard]")
{
    const std::string bytes = std::string(100000, '[') + std::string(100000, ']');
    CHECK(problems_of(bytes) == Lines{"f.json:1:33: nested more than 32 levels deep"});
}

TEST_CASE("brackets inside strings do not count as nesting", "[guard]")
{
    const std::string text = "\"" + std::string(40, '[') + "\\\"" + std::string(40, '{') + "\"";
    const GuardedJson result = read_json_guarded("{\"a\": " + text + "}", "f.json");
    CHECK(result.problems.empty());
}

TEST_CASE("byte order marks: UTF-8 is skipped, UTF-16 and UTF-32 are named", "[guard]")
{
    CHECK(problems_of("\xEF\xBB\xBF" + std::string(kSmallFile)).empty());
    CHECK(problems_of("\xEF\xBB\xBF") == Lines{"f.json: file is empty"});
    CHECK(problems_of(std::string("\xFE\xFF\0{", 4)) ==
          Lines{"f.json: file is UTF-16; save it as UTF-8"});
    CHECK(problems_of(std::string("\x00\x00\xFE\xFF", 4)) ==
          Lines{"f.json: file is UTF-32; save it as UTF-8"});
}

TEST_CASE("a file of only white space is empty", "[guard]")
{
    CHECK(problems_of(" \n\t\r\n") == Lines{"f.json: file is empty"});
}

TEST_CASE("syntax error lines and columns count characters, with any line ending", "[guard]")
{
    CHECK(problems_of("{\r\n  \"name\": \"é\" \"x\"\r\n}") ==
          Lines{"f.json:2:15: expected ',' or '}' but found a string; is a comma missing?"});
    CHECK(problems_of("\xEF\xBB\xBF{\"a\" 1}") ==
          Lines{"f.json:1:6: expected ':' after the key but found a number"});
}

TEST_CASE("syntax errors never show the parser's raw message", "[guard]")
{
    for (const char* text :
         {"{", "{\"a\":}", "{\"a\":tru}", "[1,]", "{\"a\":1}}", "{\"a\":\"\\x\"}", "{\"a\":-}",
          "{\"a\":\"\\uD800\"}", "{\"a\" \"b\"}", "nul"}) {
        INFO(text);
        const Lines lines = problems_of(text);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].find("json.exception") == std::string::npos);
        CHECK(lines[0].find("last read") == std::string::npos);
        CHECK(lines[0].rfind("f.json:1:", 0) == 0);
    }
}

TEST_CASE("the UTF-8 check refuses overlong forms, surrogates and truncated sequences", "[utf8]")
{
    CHECK(find_invalid_utf8("plain, é, 背, 🙂") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xC0\x80") == 2);       // overlong NUL
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);     // a surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0); // above U+10FFFF
    CHECK(find_invalid_utf8("x\xE2\x82") == 1);        // cut short
    CHECK(find_invalid_utf8("\x80") == 0);             // a lone continuation byte
    CHECK(code_point_count("é🙂a") == 3);
    const TextPosition position = position_at("ab\né🙂x", 9);
    CHECK(position.line == 2);
    CHECK(position.column == 3);
}

TEST_CASE("suggestions allow a swap of two letters and refuse distant words", "[suggest]")
{
    CHECK(edit_distance("hodl", "hold") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(nearest_word("hodl", {"hold", "reps"}) == "hold");
    CHECK(nearest_word("cat-camle", {"cat-cow", "cat-camel"}) == "cat-camel");
    CHECK_FALSE(nearest_word("zzz", {"hold", "reps"}));
    CHECK_FALSE(nearest_word("thread-the-needle", {"cat-camel"}));
}

TEST_CASE("damaged copies of a good file give a file or problems, never an exception", "[guard]")
{
    const std::string good = read_bytes(kGoodFixtures / "every-step-kind.json");
    std::minstd_rand random(20240601); // fixed seed: the same damage on every run
    std::uniform_int_distribution<std::size_t> position(0, good.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = good;
        const int changes = 1 + round % 4;
        for (int i = 0; i < changes; ++i) {
            const std::size_t at = std::min(position(random), damaged.size() - 1);
            if (round % 3 == 0)
                damaged.erase(at, 1 + at % 7);
            else
                damaged[at] = static_cast<char>(byte(random));
        }
        INFO("round " << round);
        ParseResult result;
        REQUIRE_NOTHROW(result = parse_routine_file(damaged, "f.json"));
        CHECK(result.file.has_value() == result.problems.empty());
        for (const Problem& problem : result.problems)
            CHECK_FALSE(problem.message.empty());
    }
}
