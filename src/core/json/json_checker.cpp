#include "core/json/json_checker.h"

#include "core/base/suggest.h"
#include "core/base/utf8.h"
#include "core/json/json_guard.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace unknot {

using nlohmann::json;

namespace {

std::string format_number(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string range_text(double min, double max, std::string_view unit)
{
    std::string text = format_number(min) + ".." + format_number(max);
    if (!unit.empty())
        text += " " + std::string(unit);
    return text;
}

// Values from the file are quoted shortened: a key of a million characters makes a short message.
std::string in_quotes(std::string_view text)
{
    return quote_value(text);
}

bool is_blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string join(const std::vector<std::string>& words)
{
    std::string result;
    for (const std::string& word : words)
        result += (result.empty() ? "" : ", ") + word;
    return result;
}

} // namespace

std::string describe_json_type(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "a number";
    }
}

bool is_valid_id(std::string_view id)
{
    return !id.empty() && id.size() <= kMaxIdChars && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string PointerTo::str() const
{
    switch (kind_) {
    case Kind::key:
        return parent_->str() + "/" + pointer_token(key_);
    case Kind::index:
        return parent_->str() + "/" + std::to_string(index_);
    case Kind::whole:
        break;
    }
    return std::string(base_);
}

JsonChecker::JsonChecker(std::string file_name, Problems& problems)
    : file_name_(std::move(file_name)), problems_(problems)
{}

void JsonChecker::report(const std::string& pointer, std::string message)
{
    problems_.push_back(Problem{file_name_, 0, 0, pointer, std::move(message)});
}

bool JsonChecker::expect_object(const json& value, PointerTo pointer)
{
    if (value.is_object())
        return true;
    report(pointer.str(), "must be an object, got " + describe_json_type(value));
    return false;
}

bool JsonChecker::expect_array(const json& value, PointerTo pointer)
{
    if (value.is_array())
        return true;
    report(pointer.str(), "must be an array, got " + describe_json_type(value));
    return false;
}

void JsonChecker::check_keys(const json& object, PointerTo pointer,
                             const std::vector<std::string>& allowed,
                             const std::vector<std::string>& required)
{
    for (const auto& [key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        std::string message = "unknown key " + in_quotes(key);
        if (const auto suggestion = nearest_word(key, allowed))
            message += "; did you mean " + in_quotes(*suggestion) + "?";
        report(pointer.str() + "/" + pointer_token(key), message);
    }
    for (const std::string& key : required) {
        if (!object.contains(key))
            report(pointer.str(), "missing required key " + in_quotes(key));
    }
}

std::optional<int> JsonChecker::integer(const json& value, PointerTo pointer, IntRange range)
{
    if (!value.is_number()) {
        report(pointer.str(), "must be an integer, got " + describe_json_type(value));
        return std::nullopt;
    }
    const double number = value.get<double>();
    if (std::floor(number) != number) {
        report(pointer.str(), "must be an integer, got " + value.dump());
        return std::nullopt;
    }
    if (number < range.min || number > range.max) {
        report(pointer.str(),
               "must be " + range_text(range.min, range.max, range.unit) + ", got " + value.dump());
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> JsonChecker::number(const json& value, PointerTo pointer, NumberRange range)
{
    if (!value.is_number()) {
        report(pointer.str(), "must be a number, got " + describe_json_type(value));
        return std::nullopt;
    }
    const double number = value.get<double>();
    if (number < range.min || number > range.max) {
        report(pointer.str(),
               "must be " + range_text(range.min, range.max, range.unit) + ", got " + value.dump());
        return std::nullopt;
    }
    return number;
}

std::optional<std::string> JsonChecker::text(const json& value, PointerTo pointer,
                                             std::size_t max_chars)
{
    if (!value.is_string()) {
        report(pointer.str(), "must be a string, got " + describe_json_type(value));
        return std::nullopt;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (is_blank(text)) {
        report(pointer.str(), "must not be empty");
        return std::nullopt;
    }
    if (const auto control = find_control_character(text)) {
        report(pointer.str(),
               "must not contain control characters, found " + code_point_name(*control));
        return std::nullopt;
    }
    if (const auto bidi = find_bidi_control(text)) {
        report(pointer.str(), "must not contain bidirectional controls, which reorder the text "
                              "around them; found " +
                                  code_point_name(bidi->code_point) + " at character " +
                                  std::to_string(bidi->character));
        return std::nullopt;
    }
    if (const std::size_t length = code_point_count(text); length > max_chars) {
        report(pointer.str(), "must be at most " + std::to_string(max_chars) + " characters, got " +
                                  std::to_string(length));
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> JsonChecker::id(const json& value, PointerTo pointer)
{
    if (!value.is_string()) {
        report(pointer.str(), "must be a string, got " + describe_json_type(value));
        return std::nullopt;
    }
    const auto& id = value.get_ref<const std::string&>();
    if (!is_valid_id(id)) {
        report(pointer.str(), "must be 1.." + std::to_string(kMaxIdChars) +
                                  " characters of a-z, 0-9 and -, got " + in_quotes(id));
        return std::nullopt;
    }
    return id;
}

std::optional<std::string> JsonChecker::one_of(const json& value, PointerTo pointer,
                                               const std::vector<std::string>& allowed)
{
    if (!value.is_string()) {
        report(pointer.str(), "must be a string, got " + describe_json_type(value));
        return std::nullopt;
    }
    const auto& word = value.get_ref<const std::string&>();
    if (std::find(allowed.begin(), allowed.end(), word) != allowed.end())
        return word;
    if (const auto suggestion = nearest_word(word, allowed))
        report(pointer.str(), "unknown value " + in_quotes(word) + "; did you mean " +
                                  in_quotes(*suggestion) + "?");
    else
        report(pointer.str(), "must be one of " + join(allowed) + "; got " + in_quotes(word));
    return std::nullopt;
}

bool JsonChecker::list_size(const json& value, PointerTo pointer, ListLimits limits)
{
    const std::size_t size = value.size();
    if (size >= limits.min_items && size <= limits.max_items)
        return true;
    const std::string wanted = limits.min_items == 0 ? "at most " + std::to_string(limits.max_items)
                                                     : std::to_string(limits.min_items) + ".." +
                                                           std::to_string(limits.max_items);
    report(pointer.str(), "must have " + wanted + " items, got " + std::to_string(size));
    return false;
}

std::vector<std::string> JsonChecker::texts(const json& value, PointerTo pointer, ListLimits limits,
                                            std::size_t max_chars)
{
    std::vector<std::string> result;
    if (!expect_array(value, pointer))
        return result;
    list_size(value, pointer, limits);
    result.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto item = text(value[i], PointerTo(pointer, i), max_chars))
            result.push_back(std::move(*item));
    }
    return result;
}

std::vector<std::string> JsonChecker::ids(const json& value, PointerTo pointer)
{
    std::vector<std::string> result;
    if (!expect_array(value, pointer))
        return result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto item = id(value[i], PointerTo(pointer, i)))
            result.push_back(std::move(*item));
    }
    return result;
}

} // namespace unknot
