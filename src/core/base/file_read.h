// Reading a whole file that someone else may have made: only a regular file is read, and never
// more than a limit, so a named pipe, a device such as /dev/zero or a folder gets a clear error at
// once instead of a wait for a writer, an endless read or "file is empty".
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace unknot {

struct FileRead {
    std::string bytes;
    std::string error;      // for a person, e.g. "is a named pipe, not a regular file"; empty: read
    bool too_large = false; // the file has more than max_bytes (error says so; size is its size)
    std::uintmax_t size = 0; // bytes in the file (as far as read when it grew while reading)
    bool ok() const { return error.empty(); }
};

// Opens `path` without blocking (a FIFO would wait for a writer), checks what the open file is and
// reads at most max_bytes of it.
FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes);

} // namespace unknot
