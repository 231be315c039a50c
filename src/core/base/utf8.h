// Small UTF-8 helpers for reading hand-written files: validation, lengths and positions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

// 1-based line and column; columns count Unicode code points, not bytes.
struct TextPosition {
    int line = 1;
    int column = 1;
};

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or std::string_view::npos when the whole text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// The number of code points in valid UTF-8 text.
std::size_t code_point_count(std::string_view text);

// The line and column of the byte at `offset` (clamped to the end of the text).
TextPosition position_at(std::string_view text, std::size_t offset);

// The first control character (U+0000..U+001F, U+007F..U+009F) in valid UTF-8 text, not counting
// tab, line feed and carriage return, which plain text may contain.
std::optional<char32_t> find_control_character(std::string_view text);

// A bidirectional embedding, override or isolate control (U+202A..U+202E, U+2066..U+2069) and
// its 1-based position in code points. Such a control reorders the text shown around it ("evil"
// can show as "live"), so text from files must not hold them (routines/FORMAT.md).
struct BidiControl {
    char32_t code_point = 0;
    std::size_t character = 0;
};
std::optional<BidiControl> find_bidi_control(std::string_view text);

// Valid UTF-8 text with every control character, tab and line breaks included, written as \uXXXX:
// it prints as one line and cannot send escape sequences to a terminal.
std::string escape_control_characters(std::string_view text);

// "text" in double quotes for a message, cut to its first `max_chars` code points and "..." when
// longer, so that a huge value cannot flood a message.
std::string quote_value(std::string_view text, std::size_t max_chars = 60);

// "U+001B"
std::string code_point_name(char32_t code_point);

} // namespace unknot
