// gui reaches up into app.
#include "app/command_line.h"
#include "core/routine/routine.h"
