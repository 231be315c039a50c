// Turns nlohmann/json's parse errors into short messages for people who edit JSON by hand.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unknot {

struct SyntaxError {
    std::size_t offset = 0; // the byte the message points at
    std::string message;
};

// `bytes_read` is the position nlohmann reports (bytes read so far, the bad one included);
// `id` and `what` come from the exception it passes to the SAX handler's parse_error.
SyntaxError describe_syntax_error(std::string_view text, std::size_t bytes_read, int id,
                                  std::string_view what);

} // namespace unknot
