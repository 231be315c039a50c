// Reads typed values out of a JSON document, reporting each wrong value with its JSON pointer.
#pragma once

#include "core/problem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

struct IntRange {
    int min = 0;
    int max = 0;
    std::string_view unit; // "seconds", or empty for counts
};

struct NumberRange {
    double min = 0;
    double max = 0;
    std::string_view unit;
};

struct ListLimits {
    std::size_t min_items = 0;
    std::size_t max_items = 0;
};

// Every check reports into the same problem list and returns nothing when the value is wrong.
class JsonChecker {
public:
    JsonChecker(std::string file_name, Problems& problems);

    void report(const std::string& pointer, std::string message);

    bool expect_object(const nlohmann::json& value, const std::string& pointer);
    bool expect_array(const nlohmann::json& value, const std::string& pointer);
    // Unknown keys ("did you mean ...?" among `allowed`), then missing `required` keys.
    void check_keys(const nlohmann::json& object, const std::string& pointer,
                    const std::vector<std::string>& allowed,
                    const std::vector<std::string>& required);

    std::optional<int> integer(const nlohmann::json& value, const std::string& pointer,
                               IntRange range);
    std::optional<double> number(const nlohmann::json& value, const std::string& pointer,
                                 NumberRange range);
    // Text of 1..max_chars code points that is not only white space.
    std::optional<std::string> text(const nlohmann::json& value, const std::string& pointer,
                                    std::size_t max_chars);
    // An id: [a-z0-9-]{1,64}.
    std::optional<std::string> id(const nlohmann::json& value, const std::string& pointer);
    std::optional<std::string> one_of(const nlohmann::json& value, const std::string& pointer,
                                      const std::vector<std::string>& allowed);
    // The elements of an array within `limits` (elements that are wrong are left out).
    std::vector<std::string> texts(const nlohmann::json& value, const std::string& pointer,
                                   ListLimits limits, std::size_t max_chars);
    std::vector<std::string> ids(const nlohmann::json& value, const std::string& pointer);
    // Reports an array (checked by the caller) with too few or too many items.
    bool list_size(const nlohmann::json& array, const std::string& pointer, ListLimits limits);

private:
    std::string file_name_;
    Problems& problems_;
};

// "a string", "an array", "true", ...: how a value is named in "got ..." messages.
std::string describe_json_type(const nlohmann::json& value);

bool is_valid_id(std::string_view id);

} // namespace unknot
