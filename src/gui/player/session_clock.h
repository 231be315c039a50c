// The clock a session plays against, injected into the player: the steady clock, a faster one
// for previews (--time-scale), or a manual one in tests.
#pragma once

#include "core/base/clock.h"

namespace unknot::gui {

class SessionClock {
public:
    virtual ~SessionClock() = default;
    virtual TimePoint now() const = 0;
    // How many clock seconds pass per real second, to turn a wait on this clock into a timer.
    virtual double rate() const { return 1.0; }
};

class SteadySessionClock : public SessionClock {
public:
    TimePoint now() const override { return Clock::now(); }
};

// Runs `scale` times faster than the steady clock from the moment it is made.
class ScaledSessionClock : public SessionClock {
public:
    explicit ScaledSessionClock(double scale);
    TimePoint now() const override { return now_(); }
    double rate() const override { return scale_; }

private:
    double scale_;
    NowFunction now_;
};

} // namespace unknot::gui
