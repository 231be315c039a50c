#include "core/base/csv_row.h"

#include "core/base/utf8.h"

namespace unknot {

void append_valid_utf8(std::string_view text, std::string& out)
{
    for (std::size_t bad; (bad = find_invalid_utf8(text)) != std::string_view::npos;) {
        out.append(text.substr(0, bad));
        out.append("\xEF\xBF\xBD"); // U+FFFD
        text.remove_prefix(bad + 1);
    }
    out.append(text);
}

} // namespace unknot
