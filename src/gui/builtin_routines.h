// The built-in routine files, compiled into the binary as Qt resources.
#pragma once

#include "core/routine/routine_library.h"

#include <vector>

namespace unknot::gui {

std::vector<RoutineSource> builtin_routine_sources();

} // namespace unknot::gui
