// The UTF-8 helpers read eight bytes at a time; they must agree with a byte-by-byte reading for
// every character at every position, on both sides of each eight-byte boundary.
#include "core/base/utf8.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace unknot;

namespace {

// Printable ASCII around one special character placed at `position`.
std::string with_at(const std::string& special, std::size_t position, std::size_t length)
{
    std::string text;
    for (std::size_t i = 0; i < length; ++i)
        text += static_cast<char>('a' + i % 26);
    return text.insert(std::min(position, text.size()), special);
}

const std::vector<std::string> kSpecials{"\t",
                                         "\n",
                                         "\r",
                                         std::string(1, '\0'),
                                         "\x1b",
                                         "\x1f",
                                         " ",
                                         "~",
                                         "\x7f",
                                         "\xc2\x80",
                                         "\xc2\x9f",
                                         "\xc2\xa0",
                                         "\xc3\xa9",
                                         "\xe2\x80\x99",
                                         "\xf0\x9f\x99\x82"};

} // namespace

TEST_CASE("control characters are found at any position", "[utf8]")
{
    for (const std::string& special : kSpecials) {
        const bool control = special == std::string(1, '\0') || special == "\x1b" ||
                             special == "\x1f" || special == "\x7f" || special == "\xc2\x80" ||
                             special == "\xc2\x9f";
        for (std::size_t length = 0; length <= 24; ++length) {
            for (std::size_t position = 0; position <= length; ++position) {
                const std::string text = with_at(special, position, length);
                INFO("special byte " << int(static_cast<unsigned char>(special[0])) << " at "
                                     << position << " of " << text.size());
                CHECK(find_control_character(text).has_value() == control);
            }
        }
    }
    CHECK(find_control_character(with_at("\x1b", 13, 20)) == char32_t{0x1B});
    CHECK(find_control_character(with_at("\xc2\x85", 9, 20)) == char32_t{0x85});
}

TEST_CASE("bidirectional controls are found with their character position", "[utf8]")
{
    // U+202A..U+202E (embeddings and overrides) and U+2066..U+2069 (isolates).
    for (char32_t control :
         {0x202AU, 0x202BU, 0x202CU, 0x202DU, 0x202EU, 0x2066U, 0x2067U, 0x2068U, 0x2069U}) {
        const std::string bytes = {'\xe2', static_cast<char>(0x80 | ((control >> 6U) & 0x3FU)),
                                   static_cast<char>(0x80 | (control & 0x3FU))};
        for (std::size_t position = 0; position <= 12; ++position) {
            INFO("U+" << std::hex << unsigned(control) << " after " << position << " characters");
            const auto found = find_bidi_control(with_at(bytes, position, 12));
            REQUIRE(found);
            CHECK(found->code_point == control);
            CHECK(found->character == position + 1);
        }
    }
    // Characters are counted, not bytes: "é" and "🙂" are one each.
    const auto after_wide = find_bidi_control("\xc3\xa9\xf0\x9f\x99\x82 \xe2\x80\xae");
    REQUIRE(after_wide);
    CHECK(after_wide->character == 4);
    // Neighbours that are not embedding, override or isolate controls.
    for (const char* neighbour : {"\xe2\x80\xa9",     // U+2029 paragraph separator
                                  "\xe2\x80\xaf",     // U+202F narrow no-break space
                                  "\xe2\x80\x8e",     // U+200E left-to-right mark
                                  "\xe2\x81\xa5",     // U+2065
                                  "\xe2\x81\xaa",     // U+206A
                                  "\xd8\xa7\xd9\x84", // Arabic text
                                  "\xe2\x82\xac"}) {  // euro sign
        INFO(neighbour);
        CHECK_FALSE(find_bidi_control(std::string("evil ") + neighbour + " live"));
    }
}

TEST_CASE("code points are counted at any position", "[utf8]")
{
    for (const std::string& special : kSpecials) {
        for (std::size_t length = 0; length <= 24; ++length) {
            for (std::size_t position = 0; position <= length; ++position) {
                const std::string text = with_at(special, position, length);
                INFO(position << " of " << text.size());
                CHECK(code_point_count(text) == length + 1);
                CHECK(find_invalid_utf8(text) == std::string::npos);
            }
        }
    }
}

TEST_CASE("invalid UTF-8 is found at any position", "[utf8]")
{
    for (const std::string& bad :
         {std::string("\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
          std::string("\xe2\x80"), std::string("\x80")}) {
        for (std::size_t length = 0; length <= 20; ++length) {
            for (std::size_t position = 0; position <= length; ++position) {
                INFO(position << " of " << length);
                CHECK(find_invalid_utf8(with_at(bad, position, length)) == position);
            }
        }
    }
}

TEST_CASE("values in messages are quoted, short and escaped when printed", "[utf8]")
{
    CHECK(quote_value("hold") == "\"hold\"");
    CHECK(quote_value(std::string(61, 'x')) == "\"" + std::string(60, 'x') + "...\"");
    CHECK(quote_value("\xc3\xa9\xc3\xa9\xc3\xa9", 2) == "\"\xc3\xa9\xc3\xa9...\"");
    CHECK(escape_control_characters("a\x1b[2J\tb\xc2\x9b") == "a\\u001B[2J\\u0009b\\u009B");
    CHECK(code_point_name(0x1F642) == "U+01F642");
}
