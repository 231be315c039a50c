// Small UTF-8 helpers for reading hand-written files: validation, lengths and positions.
#pragma once

#include <cstddef>
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

} // namespace unknot
