#include "core/session/cue_phrases.h"

#include <algorithm>

namespace unknot {

std::string fill(std::string_view format, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(format.size());
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        const char next = i + 1 < format.size() ? format[i + 1] : '\0';
        if (c == '%' && next == '%') {
            out += '%';
            ++i;
        } else if (c == '%' && next >= '1' && next <= '9' &&
                   static_cast<std::size_t>(next - '1') < args.size()) {
            out += args[static_cast<std::size_t>(next - '1')];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

std::string spoken_list(const CuePhrases& phrases, const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? phrases.list_last_separator : phrases.list_separator;
        out += items[i];
    }
    return out;
}

std::string equipment_name(const CuePhrases& phrases, std::string_view id)
{
    if (const auto it = phrases.equipment_names.find(id); it != phrases.equipment_names.end())
        return it->second;
    std::string words(id);
    std::replace(words.begin(), words.end(), '-', ' ');
    return words;
}

} // namespace unknot
