#include "core/routine/field_reader.h"

namespace unknot {

using nlohmann::json;

FieldReader::FieldReader(JsonChecker& checker, const json& object, PointerTo pointer)
    : checker_(checker), object_(object), pointer_(pointer)
{
    for (const auto& [key, value] : object.items()) {
        if (count_ == members_.size())
            break; // more members than any valid object has: find() asks the object
        members_[count_++] = {key, &value};
    }
}

const json* FieldReader::find(std::string_view key) const
{
    if (count_ == members_.size()) {
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }
    for (std::size_t i = 0; i < count_; ++i) {
        if (members_[i].first == key)
            return members_[i].second;
    }
    return nullptr;
}

void FieldReader::integer(std::string_view key, IntRange range, int& out) const
{
    if (const json* value = find(key))
        out = checker_.integer(*value, to(key), range).value_or(out);
}

void FieldReader::text(std::string_view key, limits::Text limit, std::string& out) const
{
    if (const json* value = find(key))
        out = checker_.text(*value, to(key), limit.max_chars).value_or(out);
}

void FieldReader::texts(std::string_view key, limits::TextList limit,
                        std::vector<std::string>& out) const
{
    if (const json* value = find(key))
        out = checker_.texts(*value, to(key), limit.items, limit.max_chars);
}

void FieldReader::id(std::string_view key, std::string& out) const
{
    if (const json* value = find(key))
        out = checker_.id(*value, to(key)).value_or(out);
}

void FieldReader::ids(std::string_view key, std::vector<std::string>& out) const
{
    if (const json* value = find(key))
        out = checker_.ids(*value, to(key));
}

void FieldReader::file_name(std::string_view key, limits::Text limit, std::string& out) const
{
    const json* value = find(key);
    if (value == nullptr)
        return;
    const auto name = checker_.text(*value, to(key), limit.max_chars);
    if (!name)
        return;
    if (name->find_first_of("/\\") != std::string::npos || name->find("..") != std::string::npos)
        checker_.report(at(key),
                        "must be a plain file name without /, \\ or .., got \"" + *name + "\"");
    else
        out = *name;
}

} // namespace unknot
