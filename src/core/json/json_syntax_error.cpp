#include "core/json/json_syntax_error.h"

#include "core/base/utf8.h"

#include <algorithm>
#include <array>
#include <utility>

namespace unknot {

namespace {

bool is_json_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '+' || c == '.';
}

// The text between `start` and `end` markers in `text` ("" when `start` is missing).
std::string_view between(std::string_view text, std::string_view start, std::string_view end)
{
    const std::size_t from = text.find(start);
    if (from == std::string_view::npos)
        return {};
    const std::string_view rest = text.substr(from + start.size());
    return rest.substr(0, rest.find(end));
}

std::string human_token(std::string_view token)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> names{{
        {"string literal", "a string"},
        {"number literal", "a number"},
        {"true literal", "true"},
        {"false literal", "false"},
        {"null literal", "null"},
        {"'[', '{', or a literal", "a value"},
        {"end of input", "the end of the file"},
    }};
    for (const auto& [raw, human] : names) {
        if (token == raw)
            return std::string(human);
    }
    return std::string(token);
}

// What the parser wanted next; nlohmann names only the closing bracket where a comma also fits.
std::string expected_text(std::string_view context, std::string_view expected)
{
    if (context == "object" && expected == "'}'")
        return "',' or '}'";
    if (context == "array" && expected == "']'")
        return "',' or ']'";
    return human_token(expected);
}

// The start of the token whose last byte is at `last`.
std::size_t token_start(std::string_view text, std::size_t last, std::string_view token)
{
    if (token == "string literal") {
        // The nearest quote before the closing one that is not escaped; each byte is looked at
        // at most twice, so a long run of backslashes stays linear.
        for (std::size_t i = last; i-- > 0;) {
            if (text[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (backslashes < i && text[i - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
            i -= backslashes;
        }
        return last;
    }
    std::size_t start = last;
    while (start > 0 && is_word_char(text[start - 1]) && is_word_char(text[last]))
        --start;
    return start;
}

std::size_t previous_non_space(std::string_view text, std::size_t offset)
{
    while (offset > 0 && is_json_space(text[offset - 1]))
        --offset;
    return offset > 0 ? offset - 1 : std::string_view::npos;
}

SyntaxError unexpected_token(std::string_view text, std::size_t last, std::string_view context,
                             std::string_view detail)
{
    const std::string_view found = between(detail, "unexpected ", ";");
    const std::string_view expected = between(detail, "; expected ", "\n");
    const std::size_t start = token_start(text, last, found);
    if (found == "end of input")
        return {text.size(),
                "unexpected end of file; expected " + expected_text(context, expected)};
    const std::size_t before = previous_non_space(text, start);
    if ((found == "'}'" || found == "']'") && before != std::string_view::npos &&
        text[before] == ',')
        return {before, "comma before " + std::string(found) + " is not allowed; remove it"};
    const std::string what = human_token(found);
    if (expected == "end of input")
        return {start, "unexpected " + what + " after the end of the document"};
    if (context == "object" || context == "array")
        return {start, "expected " + expected_text(context, expected) + " but found " + what +
                           "; is a comma missing?"};
    if (context == "object key")
        return {start, "expected a key in double quotes but found " + what};
    if (context == "object separator")
        return {start, "expected ':' after the key but found " + what};
    return {start, "expected " + expected_text(context, expected) + " but found " + what};
}

SyntaxError invalid_literal(std::string_view text, std::size_t last, std::string_view context)
{
    const char bad = text[last];
    if (bad == '/' || bad == '#')
        return {last, "comments are not allowed in JSON"};
    if (bad == '\'')
        return {last, "text must be in double quotes (\"), not single quotes"};
    std::size_t start = is_word_char(bad) ? last : (last > 0 ? last - 1 : 0);
    while (start > 0 && is_word_char(text[start - 1]))
        --start;
    std::size_t end = start;
    while (end < text.size() && is_word_char(text[end]))
        ++end;
    if (end == start)
        return {last, "unexpected character '" + std::string(1, bad) + "'"};
    const std::string word(text.substr(start, end - start));
    if (context == "object key")
        return {start, "keys must be in double quotes: " + quote_value(word)};
    return {start, "unknown word " + quote_value(word) +
                       "; expected text in double quotes, a number, true, false or null"};
}

std::string control_character_message(std::string_view detail)
{
    const std::string code(between(detail, "U+", " "));
    if (code == "000A")
        return "a line break inside a string must be written as \\n";
    if (code == "0009")
        return "a tab inside a string must be written as \\t";
    return "control character U+" + code + " inside a string must be written as \\u" + code;
}

SyntaxError lexer_error(std::string_view text, std::size_t last, std::string_view context,
                        std::string_view detail)
{
    const std::string_view message = detail.substr(0, detail.find("; last read:"));
    if (message == "invalid literal")
        return invalid_literal(text, last, context);
    if (message.find("control character") != std::string_view::npos)
        return {last, control_character_message(message)};
    if (message == "invalid string: missing closing quote")
        return {last, "a string is missing its closing quote"};
    if (message.find("surrogate U+D800..U+DBFF must be followed") != std::string_view::npos)
        return {last, "a \\uD800..\\uDBFF escape must be followed by a \\uDC00..\\uDFFF escape "
                      "(the two halves of one character)"};
    if (message.find("surrogate U+DC00..U+DFFF must follow") != std::string_view::npos)
        return {last, "a \\uDC00..\\uDFFF escape must follow a \\uD800..\\uDBFF escape "
                      "(the two halves of one character)"};
    if (message.find("must be followed by 4 hex digits") != std::string_view::npos)
        return {last, "\\u must be followed by 4 hex digits"};
    if (message == "invalid string: forbidden character after backslash")
        return {last, "unknown escape after a backslash; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                      "or \\uXXXX"};
    return {last, std::string(message)};
}

} // namespace

SyntaxError describe_syntax_error(std::string_view text, std::size_t bytes_read, int id,
                                  std::string_view what)
{
    if (text.empty())
        return {0, "file is empty"};
    const std::size_t last = std::min(bytes_read, text.size()) - (bytes_read > 0 ? 1 : 0);
    if (id == 406) {
        const std::string number(between(what, "parsing '", "'"));
        return {token_start(text, last, "number literal"), "number " + number + " is too large"};
    }
    const std::string_view context = between(what, "while parsing ", " - ");
    const std::size_t dash = what.find(" - ");
    const std::string_view detail = dash == std::string_view::npos ? what : what.substr(dash + 3);
    if (detail.starts_with("unexpected "))
        return unexpected_token(text, last, context, detail);
    return lexer_error(text, last, context, detail);
}

} // namespace unknot
