#include "core/base/utf8.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

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

// The code point starting at text[i] in valid UTF-8 and its length in bytes.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i)
{
    const std::size_t length = std::max<std::size_t>(1, sequence_length(text, i));
    const auto lead = static_cast<unsigned char>(text[i]);
    char32_t value = length == 1 ? lead : lead & (0x7FU >> length);
    for (std::size_t k = 1; k < length; ++k)
        value = (value << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    return {value, length};
}

bool is_control(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

// The number of bytes from `i` on that are plain ASCII, looked at eight at a time.
std::size_t ascii_run(std::string_view text, std::size_t i)
{
    const std::size_t start = i;
    constexpr std::uint64_t kHighBits = 0x8080808080808080U;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        if ((word & kHighBits) != 0)
            break;
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80U)
        ++i;
    return i - start;
}

std::size_t find_invalid_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        i += ascii_run(text, i);
        if (i == text.size())
            break;
        const std::size_t length = sequence_length(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::string_view::npos;
}

std::size_t code_point_count(std::string_view text)
{
    // Eight bytes at a time: a continuation byte has its top bits 10.
    constexpr std::uint64_t kHighBits = 0x8080808080808080U;
    std::size_t count = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        const std::uint64_t continuation = word & kHighBits & ~(word << 1U);
        count += 8 - static_cast<std::size_t>(std::popcount(continuation));
    }
    return count + static_cast<std::size_t>(std::count_if(
                       text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                       [](char c) { return !is_continuation(static_cast<unsigned char>(c)); }));
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

std::optional<char32_t> find_control_character(std::string_view text)
{
    // Skip words of printable ASCII (no byte below 0x20, no DEL, no high bit) eight bytes at once.
    constexpr std::uint64_t kOnes = 0x0101010101010101U;
    constexpr std::uint64_t kHighBits = 0x8080808080808080U;
    std::size_t start = 0;
    for (; start + 8 <= text.size(); start += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + start, 8);
        const std::uint64_t below_space = (word - kOnes * 0x20U) & ~word;
        const std::uint64_t del = ((word ^ (kOnes * 0x7FU)) - kOnes) & ~(word ^ (kOnes * 0x7FU));
        if (((below_space | del | word) & kHighBits) != 0)
            break;
    }
    text.remove_prefix(start);
    // Byte by byte: C0 controls and DEL are single bytes, C1 controls are C2 80..C2 9F, and no
    // other code point's encoding contains these byte values outside its continuation bytes.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20U && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7FU)
            return byte;
        if (byte == 0xC2U && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80U && next <= 0x9FU)
                return next;
        }
    }
    return std::nullopt;
}

std::optional<BidiControl> find_bidi_control(std::string_view text)
{
    // In UTF-8 they are E2 80 AA..AE and E2 81 A6..A9; E2 is never a continuation byte.
    for (std::size_t i = text.find('\xe2'); i != std::string_view::npos;
         i = text.find('\xe2', i + 1)) {
        if (i + 2 >= text.size())
            break;
        const auto second = static_cast<unsigned char>(text[i + 1]);
        const auto third = static_cast<unsigned char>(text[i + 2]);
        if ((second == 0x80U && third >= 0xAAU && third <= 0xAEU) ||
            (second == 0x81U && third >= 0xA6U && third <= 0xA9U)) {
            const char32_t code_point = 0x2000U | ((second & 0x3FU) << 6U) | (third & 0x3FU);
            return BidiControl{code_point, code_point_count(text.substr(0, i)) + 1};
        }
    }
    return std::nullopt;
}

std::string code_point_name(char32_t code_point)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string digits;
    for (int shift = code_point > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
        digits += kHex[(code_point >> static_cast<unsigned>(shift)) & 0xFU];
    return "U+" + digits;
}

std::string escape_control_characters(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto [c, length] = decode(text, i);
        if (is_control(c))
            result += "\\u" + code_point_name(c).substr(2);
        else
            result += text.substr(i, length);
        i += length;
    }
    return result;
}

std::string quote_value(std::string_view text, std::size_t max_chars)
{
    std::size_t end = 0;
    for (std::size_t chars = 0; end < text.size() && chars < max_chars; ++chars)
        end += decode(text, end).second;
    const bool cut = end < text.size();
    return "\"" + std::string(text.substr(0, end)) + (cut ? "...\"" : "\"");
}

} // namespace unknot
