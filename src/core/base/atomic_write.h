// Writing a whole file so that readers see either the old file or the new one, never half.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

// Writes `bytes` to a temporary file next to `path`, syncs it, and renames it over `path`.
// A file that is replaced keeps its permissions; a new one is readable by its owner only (it may
// hold health notes). Returns a message for a person when it fails; nothing is left behind then.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::string_view bytes);

} // namespace unknot
