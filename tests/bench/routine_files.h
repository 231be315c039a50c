// User routine files for the benchmarks: the shipped routines written again and again under new
// ids, as a person with a large collection of their own routines would have them.
#pragma once

#include "core/routine/routine_library.h"

#include <filesystem>
#include <vector>

namespace unknot::bench {

// routines/*.json of the source tree, in name order: what the app has built in.
std::vector<RoutineSource> shipped_routine_sources(const std::filesystem::path& source_dir);

// Writes `count` files user-0000.json... into `dir` (made if missing): copies of the shipped
// routines with ids and titles made unique. Throws std::runtime_error when a file cannot be
// written.
void write_user_routines(const std::vector<RoutineSource>& shipped,
                         const std::filesystem::path& dir, int count);

} // namespace unknot::bench
