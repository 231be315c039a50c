// How a step reads in lists and handouts: "3 × 30 s hold, each side".
#pragma once

#include "core/routine/routine.h"

#include <QString>

namespace unknot::gui {

QString sides_text(Sides sides);
QString step_dose_text(const Step& step, Sides sides);
QString step_title(const Step& step, const Exercise* exercise);

} // namespace unknot::gui
