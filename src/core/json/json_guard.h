// Reads untrusted JSON text safely: bounded size and depth, clear encoding and syntax errors.
#pragma once

#include "core/base/file_read.h"
#include "core/base/problem.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace unknot {

inline constexpr std::size_t kMaxJsonBytes = std::size_t{1} << 20; // 1 MiB
inline constexpr int kMaxJsonDepth = 32;

struct GuardedJson {
    std::optional<nlohmann::json> document; // set when the text is well-formed JSON
    Problems
        problems; // encoding and syntax problems (line and column), or duplicate keys (pointer)
};

// Checks size, encoding (a leading UTF-8 BOM is skipped), NUL bytes, depth, finite numbers and
// syntax before and while building the document, which is never deeper than kMaxJsonDepth.
// Duplicate keys are reported too (the last value is kept in the document).
GuardedJson read_json_guarded(std::string_view bytes, const std::string& file_name);

// "file is larger than 1 MiB (N bytes)", for callers that check a file's size before reading it.
std::string too_large_message(std::uintmax_t size);

// A JSON file's bytes for read_json_guarded: a regular file of at most kMaxJsonBytes, or an error
// ("is a named pipe, not a regular file", "file is larger than 1 MiB (N bytes)", ...).
FileRead read_json_file(const std::filesystem::path& path);

// "/a/b~1c": a JSON pointer token with '~' and '/' escaped.
std::string pointer_token(std::string_view key);

} // namespace unknot
