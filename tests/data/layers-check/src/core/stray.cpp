// Not in a layer folder.
#include "core/base/problem.h"
