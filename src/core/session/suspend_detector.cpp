#include "core/session/suspend_detector.h"

#include <time.h>

namespace unknot {

namespace {

Duration read_clock([[maybe_unused]] clockid_t id)
{
    timespec ts{};
    if (clock_gettime(id, &ts) != 0)
        return Duration{};
    return std::chrono::duration_cast<Duration>(std::chrono::seconds(ts.tv_sec) +
                                                std::chrono::nanoseconds(ts.tv_nsec));
}

} // namespace

ClockReading read_system_clocks()
{
    ClockReading reading;
    reading.monotonic = read_clock(CLOCK_MONOTONIC);
#ifdef CLOCK_BOOTTIME
    reading.boottime = read_clock(CLOCK_BOOTTIME);
#else
    reading.boottime = reading.monotonic;
#endif
    return reading;
}

SuspendDetector::SuspendDetector(double threshold_seconds)
    : threshold_(to_duration(threshold_seconds))
{}

double SuspendDetector::observe(ClockReading reading)
{
    const std::optional<ClockReading> last = last_;
    last_ = reading;
    if (!last)
        return 0.0;
    const Duration slept =
        (reading.boottime - last->boottime) - (reading.monotonic - last->monotonic);
    return slept > threshold_ ? to_seconds(slept) : 0.0;
}

} // namespace unknot
