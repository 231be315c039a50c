// The print-only command-line modes: --validate and --list. They write text and return exit codes.
#pragma once

#include "core/routine/routine_library.h"

#include <ostream>
#include <string>
#include <vector>

namespace unknot {

// Checks each file against the format and the library's exercises. Prints every problem to
// `out`, one per line, and a summary to `err`. Returns 0 when all are valid, 1 otherwise.
int validate_files(const std::vector<std::string>& paths, const RoutineLibrary& library,
                   std::ostream& out, std::ostream& err);

// One line per routine: id, title, estimated time ("9 min", "2 h 5 min"), source; or a JSON array.
void list_routines(const RoutineLibrary& library, bool json, std::ostream& out);

// The problems met while loading the library, one per line.
void print_problems(const RoutineLibrary& library, std::ostream& out);

// Reads a whole file; nullopt and a reason when it cannot be read.
struct FileBytes {
    std::string bytes;
    std::string error; // empty when read
};
FileBytes read_file_bytes(const std::string& path);

} // namespace unknot
