// Time for the session engine. The engine never reads a clock: callers pass time points in.
#pragma once

#include <chrono>
#include <functional>
#include <stdexcept>

namespace unknot {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;
using Duration = Clock::duration;
using NowFunction = std::function<TimePoint()>;

inline Duration to_duration(double seconds)
{
    return std::chrono::round<Duration>(std::chrono::duration<double>(seconds));
}

inline double to_seconds(Duration d)
{
    return std::chrono::duration<double>(d).count();
}

// A clock that runs `scale` times faster than `source` from the moment it is made (previews,
// tests).
inline NowFunction scaled_clock(NowFunction source, double scale)
{
    if (!(scale > 0))
        throw std::invalid_argument("clock scale must be positive");
    const TimePoint origin = source();
    return [source = std::move(source), scale, origin] {
        return origin + to_duration(to_seconds(source() - origin) * scale);
    };
}

} // namespace unknot
