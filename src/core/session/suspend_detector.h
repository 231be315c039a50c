// Notices that the machine slept: CLOCK_BOOTTIME keeps counting through a suspend,
// CLOCK_MONOTONIC (and so steady_clock) does not. Readings are passed in, so it is tested without
// sleeping.
#pragma once

#include "core/base/clock.h"

#include <optional>

namespace unknot {

inline constexpr double kSuspendThresholdSeconds = 2.0;

struct ClockReading {
    Duration boottime{};  // counts suspended time
    Duration monotonic{}; // does not
};

// Reads both clocks now; where there is no boot-time clock both are the monotonic one.
ClockReading read_system_clocks();

class SuspendDetector {
public:
    explicit SuspendDetector(double threshold_seconds = kSuspendThresholdSeconds);

    // The seconds the machine slept since the previous reading, when boot time grew more than
    // monotonic time by over the threshold; 0 otherwise (and for the first reading).
    double observe(ClockReading reading);
    // Forget the previous reading (e.g. while the session is paused nothing needs watching).
    void reset() { last_.reset(); }

private:
    Duration threshold_;
    std::optional<ClockReading> last_;
};

} // namespace unknot
