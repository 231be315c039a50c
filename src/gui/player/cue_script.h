// What to say and which sound to play for a batch of engine events (one advance() or command).
// Pure: no audio here, so it is tested without a sound card.
#pragma once

#include "core/session/session_engine.h"

#include <QString>

#include <optional>

namespace unknot::gui {

// Ordered by weight: when two are due at once the later one is played. tick: each of the last three
// seconds; halfway: the middle of a hold; set_end: a hold or set is over; phase_start: a hold, a
// set or a rest begins; switch_sides: change to the other side; finished: the session is complete.
enum class SoundCue { tick, halfway, set_end, phase_start, switch_sides, finished };

struct CueScript {
    QString speech; // empty: nothing to say
    std::optional<SoundCue> sound;
};

// Only the newest phase counts: when a batch holds several phase starts (a stall, a skip), what
// belonged to the earlier ones is dropped.
CueScript script_for(const Events& events, const SessionPlan& plan);

} // namespace unknot::gui
