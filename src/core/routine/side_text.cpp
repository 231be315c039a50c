#include "core/routine/side_text.h"

#include "core/base/utf8.h"

namespace unknot {

namespace {

// A "{left|right}" at `open`: the positions of its "|" and "}", when it is well-formed.
struct Choice {
    std::size_t bar = 0;
    std::size_t close = 0;
};

bool is_blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<Choice> choice_at(std::string_view text, std::size_t open)
{
    const std::size_t close = text.find_first_of("{}", open + 1);
    if (close == std::string_view::npos || text[close] != '}')
        return std::nullopt;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    const std::size_t bar = inside.find('|');
    if (bar == std::string_view::npos || inside.find('|', bar + 1) != std::string_view::npos)
        return std::nullopt;
    if (is_blank(inside.substr(0, bar)) || is_blank(inside.substr(bar + 1)))
        return std::nullopt;
    return Choice{open + 1 + bar, close};
}

std::size_t column_of(std::string_view text, std::size_t byte)
{
    return code_point_count(text.substr(0, byte)) + 1;
}

SideChoiceError error_at(std::string_view text, std::size_t byte, std::string message)
{
    return SideChoiceError{column_of(text, byte), std::move(message)};
}

// The problem with the choice that opens at `open` and closes at `close`, if any.
std::optional<SideChoiceError> check_inside(std::string_view text, std::size_t open,
                                            std::size_t close)
{
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    const std::size_t bar = inside.find('|');
    if (bar == std::string_view::npos)
        return error_at(text, open,
                        "a side choice needs one \"|\" between the left and the right text, as in "
                        "{left|right}");
    if (const std::size_t second = inside.find('|', bar + 1); second != std::string_view::npos)
        return error_at(text, open + 1 + second, "a side choice has only one \"|\"");
    if (is_blank(inside.substr(0, bar)))
        return error_at(text, open, "the left choice is empty");
    if (is_blank(inside.substr(bar + 1)))
        return error_at(text, open + 1 + bar, "the right choice is empty");
    return std::nullopt;
}

} // namespace

std::optional<SideChoiceError> check_side_choices(std::string_view text)
{
    constexpr std::size_t none = std::string_view::npos;
    std::size_t open = none;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            if (open != none)
                return error_at(text, i,
                                "side choices cannot be nested (the \"{\" at character " +
                                    std::to_string(column_of(text, open)) + " is still open)");
            open = i;
        } else if (text[i] == '}') {
            if (open == none)
                return error_at(text, i, "\"}\" without a \"{\" before it");
            if (auto error = check_inside(text, open, i))
                return error;
            open = none;
        }
    }
    if (open != none)
        return error_at(text, open, "\"{\" is never closed with \"}\"");
    return std::nullopt;
}

bool has_side_choice(std::string_view text)
{
    for (std::size_t open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        if (choice_at(text, open))
            return true;
    }
    return false;
}

std::string side_text(std::string_view text, Side side)
{
    std::string result;
    result.reserve(text.size());
    std::size_t done = 0;
    for (std::size_t open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        const auto choice = choice_at(text, open);
        if (!choice)
            continue;
        result.append(text.substr(done, open - done));
        if (side == Side::right)
            result.append(text.substr(choice->bar + 1, choice->close - choice->bar - 1));
        else
            result.append(text.substr(open + 1, choice->bar - open - 1));
        done = choice->close + 1;
        open = choice->close;
    }
    result.append(text.substr(done));
    return result;
}

} // namespace unknot
