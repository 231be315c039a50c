// Checks the meaning of a parsed routine document (routines/FORMAT.md) and builds the model.
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"

#include <string>

#include <nlohmann/json.hpp>

namespace unknot {

// Appends every broken rule to `problems` as "FILE: /pointer: message" and returns the file built
// from the parts that are valid (only meaningful when nothing was appended). A format newer than
// kFormatVersion is the only problem reported for such a file.
RoutineFile read_routine_document(const nlohmann::json& document, const std::string& file_name,
                                  Problems& problems);

} // namespace unknot
