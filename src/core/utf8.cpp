#include "core/utf8.h"

#include <algorithm>

namespace unknot {

namespace {

bool is_continuation(unsigned c)
{
    return (c & 0xC0U) == 0x80U;
}

// The length of the well-formed sequence starting at text[i], or 0 if it is ill-formed.
std::size_t sequence_length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) -> unsigned {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U;
    };
    const unsigned lead = byte(0);
    if (lead < 0x80U)
        return 1;
    // Allowed range of the second byte for each lead byte (RFC 3629, table 3-7 of Unicode).
    unsigned low = 0x80U;
    unsigned high = 0xBFU;
    std::size_t length = 0;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        low = lead == 0xE0U ? 0xA0U : 0x80U;
        high = lead == 0xEDU ? 0x9FU : 0xBFU;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        low = lead == 0xF0U ? 0x90U : 0x80U;
        high = lead == 0xF4U ? 0x8FU : 0xBFU;
    } else {
        return 0;
    }
    if (byte(1) < low || byte(1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(byte(k)))
            return 0;
    }
    return length;
}

} // namespace

std::size_t find_invalid_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = sequence_length(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::string_view::npos;
}

std::size_t code_point_count(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return !is_continuation(static_cast<unsigned char>(c));
    }));
}

TextPosition position_at(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const std::size_t line_start = before.rfind('\n');
    const std::string_view line_text =
        line_start == std::string_view::npos ? before : before.substr(line_start + 1);
    TextPosition position;
    position.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    position.column = 1 + static_cast<int>(code_point_count(line_text));
    return position;
}

} // namespace unknot
