// What the player shows and says about a phase: captions, sides, the next-up line, times.
#pragma once

#include "core/routine/session_plan.h"

#include <QColor>
#include <QString>

namespace unknot::gui {

// The three colours a phase can have: doing the exercise, resting, getting ready for it.
enum class PhaseTone { work, rest, get_ready };

PhaseTone phase_tone(PhaseKind kind);
QColor tone_colour(PhaseTone tone);    // strong colours that carry white text in any palette
QString phase_caption(PhaseKind kind); // "HOLD", "REST", "GET READY"…
QString side_label(Side side);         // "LEFT", "RIGHT", empty for none
QString side_words(Side side);         // "left side", "right side", empty for none
// The phase a "next" line names after `index` (a lead-in stands for the exercise it leads
// into); -1 when none follows.
int upcoming_phase(const SessionPlan& plan, int index);
// "Next: Doorway stretch · right" for the phase after `index`, "Last one" when none follows.
QString next_up_text(const SessionPlan& plan, int index);
// "45", "1:05", "15:00": the countdown as people read it.
QString countdown_text(double remaining_seconds);

} // namespace unknot::gui
