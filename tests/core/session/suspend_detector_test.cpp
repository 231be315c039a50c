#include "core/session/suspend_detector.h"

#include <catch2/catch.hpp>

using namespace unknot;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

ClockReading at(Duration boottime, Duration monotonic)
{
    return ClockReading{boottime, monotonic};
}

} // namespace

TEST_CASE("the first reading never counts as a suspend", "[suspend]")
{
    SuspendDetector detector;
    CHECK(detector.observe(at(seconds(5000), seconds(100))) == 0.0);
}

TEST_CASE("clocks growing together are not a suspend, however far apart the readings", "[suspend]")
{
    SuspendDetector detector;
    detector.observe(at(seconds(100), seconds(100)));
    CHECK(detector.observe(at(seconds(101), seconds(101))) == 0.0);
    CHECK(detector.observe(at(seconds(400), seconds(400))) == 0.0); // a stalled event loop
}

TEST_CASE("boot time growing over 2 s more than monotonic time is a suspend of that length",
          "[suspend]")
{
    SuspendDetector detector;
    detector.observe(at(seconds(100), seconds(100)));
    CHECK(detector.observe(at(seconds(1101), seconds(101))) == Approx(1000.0));
    // the next reading compares with this one, not with the first
    CHECK(detector.observe(at(seconds(1102), seconds(102))) == 0.0);
}

TEST_CASE("a gap at or under the threshold is jitter, not a suspend", "[suspend]")
{
    SuspendDetector detector;
    detector.observe(at(seconds(10), seconds(10)));
    CHECK(detector.observe(at(seconds(13), seconds(11))) == 0.0);
    CHECK(detector.observe(at(seconds(14) + milliseconds(2100), seconds(12))) == Approx(2.1));
}

TEST_CASE("after reset the next reading starts afresh", "[suspend]")
{
    SuspendDetector detector(1.0);
    detector.observe(at(seconds(10), seconds(10)));
    detector.reset();
    CHECK(detector.observe(at(seconds(500), seconds(11))) == 0.0);
    CHECK(detector.observe(at(seconds(503), seconds(12))) == Approx(2.0)); // threshold 1 s
}

TEST_CASE("the system clocks can be read and boot time is never behind monotonic time", "[suspend]")
{
    const ClockReading reading = read_system_clocks();
    CHECK(reading.monotonic > Duration::zero());
    CHECK(reading.boottime >= reading.monotonic);
}
