#include "gui/player/session_clock.h"

namespace unknot::gui {

ScaledSessionClock::ScaledSessionClock(double scale)
    : scale_(scale), now_(scaled_clock([] { return Clock::now(); }, scale))
{}

} // namespace unknot::gui
