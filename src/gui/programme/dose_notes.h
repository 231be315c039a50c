// What a programme says about a routine's steps this week: for a step (by index into the routine's
// steps) its dose and why, in words ("Hold 30 s this week, up from 25 s: the last two sessions
// went without pain."). The player shows it during the step, the handout prints it under it.
#pragma once

#include <QString>

#include <map>

namespace unknot::gui {

using DoseNotes = std::map<int, QString>;

} // namespace unknot::gui
