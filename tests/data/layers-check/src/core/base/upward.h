// check_layers.py must report lines 3 and 4: base reaches up to routine, and into Qt.
#pragma once
#include "core/routine/routine.h"
#include <QString>
#include <string>
