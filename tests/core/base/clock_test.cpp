#include "core/base/clock.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("a scaled clock runs faster from the moment it is made", "[clock]")
{
    TimePoint fake = TimePoint{} + std::chrono::hours(5);
    const NowFunction clock = scaled_clock([&fake] { return fake; }, 10);
    const TimePoint origin = clock();
    CHECK(origin == fake);
    fake += std::chrono::milliseconds(1500);
    CHECK(clock() - origin == std::chrono::seconds(15));
}

TEST_CASE("a clock scale must be positive", "[clock]")
{
    CHECK_THROWS_AS(scaled_clock(Clock::now, 0), std::invalid_argument);
    CHECK_THROWS_AS(scaled_clock(Clock::now, -2), std::invalid_argument);
}

TEST_CASE("seconds convert to durations without drift", "[clock]")
{
    CHECK(to_duration(2.5) == std::chrono::milliseconds(2500));
    CHECK(to_seconds(to_duration(0.1) * 36000) == 3600.0);
}
