// Reading, checking and writing programme files (routines/PROGRAMME.md): the same kind of errors as
// routine files, "FILE:LINE:COL: message" for syntax and "FILE: /pointer: message" for meaning.
#pragma once

#include "core/base/problem.h"
#include "core/programme/programme.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

struct ProgrammeParse {
    std::optional<Programme> programme; // set only when `problems` is empty
    Problems problems;                  // every problem found
};

ProgrammeParse parse_programme_file(std::string_view bytes, const std::string& file_name);

// Every routine must be one of `known_routine_ids`; an unknown one names the nearest known id.
Problems check_programme_routines(const Programme& programme, const std::string& file_name,
                                  const std::vector<std::string>& known_routine_ids);

// Pretty JSON ending in a newline; parse_programme_file(write_programme_file(x)) gives x back.
std::string write_programme_file(const Programme& programme);

// The programme file in a data folder: none when there is no file, problems when it cannot be
// read or is not valid (the file is left as it is).
ProgrammeParse load_programme(const std::filesystem::path& path);
// Writes it atomically; a message for a person when that fails.
std::optional<std::string> save_programme(const std::filesystem::path& path,
                                          const Programme& programme);
// Makes `programme` the one in `folder` (kProgrammeFileName). A programme file already there is
// kept, renamed programme-START.json after its start (programme-earlier.json when it cannot be
// read), with -2, -3... when that name is taken. A message for a person when that fails.
std::optional<std::string> start_programme(const std::filesystem::path& folder,
                                           const Programme& programme);

} // namespace unknot
