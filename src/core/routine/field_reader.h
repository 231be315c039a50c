// Reads the fields of one object of a routine document by the limits table; each reader leaves
// its output alone when the value is wrong. Used by the routine and translation readers.
#pragma once

#include "core/json/json_checker.h"
#include "core/routine/routine_limits.h"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace unknot {

// The object's members are listed once: a step is asked about a dozen keys, and a flat list of a
// few members answers faster than the object's tree (loading 1,000 routines asks 500,000 times).
class FieldReader {
public:
    FieldReader(JsonChecker& checker, const nlohmann::json& object, PointerTo pointer);

    const nlohmann::json* find(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }
    std::string at(std::string_view key) const { return to(key).str(); }
    PointerTo to(std::string_view key) const { return PointerTo(pointer_, key); }
    JsonChecker& checker() const { return checker_; }

    void integer(std::string_view key, IntRange range, int& out) const;
    void text(std::string_view key, limits::Text limit, std::string& out) const;
    void texts(std::string_view key, limits::TextList limit, std::vector<std::string>& out) const;
    void id(std::string_view key, std::string& out) const;
    void ids(std::string_view key, std::vector<std::string>& out) const;
    // A plain file name: no "/", "\" or "..".
    void file_name(std::string_view key, limits::Text limit, std::string& out) const;

private:
    JsonChecker& checker_;
    const nlohmann::json& object_;
    PointerTo pointer_;
    std::array<std::pair<std::string_view, const nlohmann::json*>, 20> members_{};
    std::size_t count_ = 0;
};

} // namespace unknot
