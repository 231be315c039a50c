// Reads typed values out of a JSON document, reporting each wrong value with its JSON pointer.
#pragma once

#include "core/base/problem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

inline constexpr std::size_t kMaxIdChars = 64;

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

// Where a value is: a JSON pointer, or a parent place and one more token (a key or an index). It
// is only spelled out when a problem is reported, so that checking a valid file builds no pointer
// strings. It refers to the strings and places it was made from: use it as a parameter or a local.
class PointerTo {
public:
    // Implicit on purpose: any pointer string or literal is a place.
    PointerTo(const std::string& pointer) : base_(pointer) {}
    PointerTo(const char* pointer) : base_(pointer) {}
    PointerTo(const PointerTo& parent, std::string_view key)
        : parent_(&parent), key_(key), kind_(Kind::key)
    {}
    PointerTo(const PointerTo& parent, std::size_t index)
        : parent_(&parent), index_(index), kind_(Kind::index)
    {}

    std::string str() const;

private:
    enum class Kind { whole, key, index };
    const PointerTo* parent_ = nullptr;
    std::string_view base_;
    std::string_view key_;
    std::size_t index_ = 0;
    Kind kind_ = Kind::whole;
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

    bool expect_object(const nlohmann::json& value, PointerTo pointer);
    bool expect_array(const nlohmann::json& value, PointerTo pointer);
    // Unknown keys ("did you mean ...?" among `allowed`), then missing `required` keys.
    void check_keys(const nlohmann::json& object, PointerTo pointer,
                    const std::vector<std::string>& allowed,
                    const std::vector<std::string>& required);

    std::optional<int> integer(const nlohmann::json& value, PointerTo pointer, IntRange range);
    std::optional<double> number(const nlohmann::json& value, PointerTo pointer, NumberRange range);
    // Text of 1..max_chars code points that is not only white space.
    std::optional<std::string> text(const nlohmann::json& value, PointerTo pointer,
                                    std::size_t max_chars);
    // An id: [a-z0-9-]{1,kMaxIdChars}.
    std::optional<std::string> id(const nlohmann::json& value, PointerTo pointer);
    std::optional<std::string> one_of(const nlohmann::json& value, PointerTo pointer,
                                      const std::vector<std::string>& allowed);
    // The elements of an array within `limits` (elements that are wrong are left out).
    std::vector<std::string> texts(const nlohmann::json& value, PointerTo pointer,
                                   ListLimits limits, std::size_t max_chars);
    std::vector<std::string> ids(const nlohmann::json& value, PointerTo pointer);
    // Reports an array (checked by the caller) with too few or too many items.
    bool list_size(const nlohmann::json& array, PointerTo pointer, ListLimits limits);

private:
    std::string file_name_;
    Problems& problems_;
};

// "a string", "an array", "true", ...: how a value is named in "got ..." messages.
std::string describe_json_type(const nlohmann::json& value);

bool is_valid_id(std::string_view id);

} // namespace unknot
