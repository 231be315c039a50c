// Reading, checking and writing an exercise's "figure" (routines/FORMAT.md, section "Figure").
#pragma once

#include "core/figure/pose.h"
#include "core/json/json_checker.h"

#include <string>

#include <nlohmann/json.hpp>

namespace unknot {

// Reports every broken rule under `pointer` (e.g. /exercises/0/figure) and returns the figure
// built from the parts that are valid (only meaningful when nothing was reported).
Figure read_figure(JsonChecker& checker, const nlohmann::json& value, const std::string& pointer);

// The figure in the documented key order, defaults left out, whole numbers without ".0".
nlohmann::ordered_json figure_json(const Figure& figure);

} // namespace unknot
