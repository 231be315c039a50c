#include "core/session/session_cues.h"
#include "core/session/session_engine.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace unknot;
using test::at;

namespace {

struct ExpectedCue {
    double time;
    CueKind kind;
    int number;
    Side side;
    std::string text;
};

using C = CueKind;

ExpectedCue e(double time, CueKind kind, int number = 0, Side side = Side::none,
              std::string text = {})
{
    return ExpectedCue{time, kind, number, side, std::move(text)};
}

// The fixture's cues when every phase runs to its end and Done is pressed at 165 s.
const std::vector<ExpectedCue> kCues = {
    e(0, C::next_up, 0, Side::left, "Doorway stretch"),
    e(7, C::countdown, 3),
    e(8, C::countdown, 2),
    e(9, C::countdown, 1),
    e(25, C::halfway),
    e(37, C::countdown, 3),
    e(38, C::countdown, 2),
    e(39, C::countdown, 1),
    e(40, C::switch_sides, 0, Side::right),
    e(42, C::countdown, 3),
    e(43, C::countdown, 2),
    e(44, C::countdown, 1),
    e(60, C::halfway),
    e(72, C::countdown, 3),
    e(73, C::countdown, 2),
    e(74, C::countdown, 1),
    e(75, C::rest),
    e(75, C::next_up, 0, Side::left, "Bird dog"),
    e(87, C::countdown, 3),
    e(88, C::countdown, 2),
    e(89, C::countdown, 1),
    e(90, C::next_up, 0, Side::left, "Bird dog"),
    e(97, C::countdown, 3),
    e(98, C::countdown, 2),
    e(99, C::countdown, 1),
    e(100, C::rep, 1, Side::left),
    e(102.5, C::rep, 2, Side::right),
    e(105, C::rep, 3, Side::left),
    e(107.5, C::rep, 4, Side::right),
    e(110, C::rep, 5, Side::left),
    e(112.5, C::rep, 6, Side::right),
    e(115, C::next_up, 0, Side::none, "Cat camel"),
    e(122, C::countdown, 3),
    e(123, C::countdown, 2),
    e(124, C::countdown, 1),
    e(165, C::next_up, 0, Side::none, "Chin tuck"),
    e(172, C::countdown, 3),
    e(173, C::countdown, 2),
    e(174, C::countdown, 1),
    e(177, C::countdown, 3),
    e(178, C::countdown, 2),
    e(179, C::countdown, 1),
    e(180, C::rest),
    e(180, C::next_up, 0, Side::none, "Chin tuck"),
    e(187, C::countdown, 3),
    e(188, C::countdown, 2),
    e(189, C::countdown, 1),
    e(192, C::countdown, 3),
    e(193, C::countdown, 2),
    e(194, C::countdown, 1),
    e(195, C::rest),
    e(195, C::next_up, 0, Side::none, "Chin tuck"),
    e(202, C::countdown, 3),
    e(203, C::countdown, 2),
    e(204, C::countdown, 1),
    e(207, C::countdown, 3),
    e(208, C::countdown, 2),
    e(209, C::countdown, 1),
    e(327, C::countdown, 3),
    e(328, C::countdown, 2),
    e(329, C::countdown, 1),
    e(330, C::rest),
    e(332, C::countdown, 3),
    e(333, C::countdown, 2),
    e(334, C::countdown, 1),
    e(335, C::rest),
    e(352, C::countdown, 3),
    e(353, C::countdown, 2),
    e(354, C::countdown, 1),
};

} // namespace

TEST_CASE("cues fire once each at the right instant", "[session_cues]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    Events cues = test::only(engine.start(at(0)), EventKind::cue_due);
    // Tick every 10 ms and check that each cue is reported by the first tick at or after it.
    for (int ms = 0; ms <= 360'000 && !engine.finished(); ms += 10) {
        const double t = ms / 1000.0;
        Events events;
        if (engine.current_phase()->self_paced() && t >= 165)
            events = engine.done(at(165));
        test::append(events, engine.advance(at(t)));
        for (const Event& e : test::only(events, EventKind::cue_due)) {
            CHECK(at(t) - e.at < std::chrono::milliseconds(10));
            cues.push_back(e);
        }
    }
    REQUIRE(cues.size() == kCues.size());
    for (std::size_t i = 0; i < kCues.size(); ++i) {
        INFO("cue " << i << " due at " << kCues[i].time);
        CHECK(cues[i].at == at(kCues[i].time));
        CHECK(cues[i].cue == Cue{kCues[i].kind, kCues[i].number, kCues[i].side, kCues[i].text});
    }
}

TEST_CASE("cues carry the phase they belong to", "[session_cues]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    const Events events = test::only(engine.advance(at(40)), EventKind::cue_due);
    REQUIRE_FALSE(events.empty());
    CHECK(events.back().cue.kind == CueKind::switch_sides);
    CHECK(events.back().phase == 2);
}

TEST_CASE("cues due during a stall are dropped when stale, never fired twice", "[session_cues]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));

    Events events = test::only(engine.advance(at(9.5)), EventKind::cue_due);
    REQUIRE(events.size() == 1); // "3" at 7 and "2" at 8 are stale; "1" at 9 is 0.5 s late
    CHECK(events[0].cue.number == 1);
    CHECK(events[0].at == at(9));

    events = test::only(engine.advance(at(41.5)), EventKind::cue_due);
    CHECK(events.empty()); // halfway, the countdown and "switch sides" are all more than 1 s late

    events = test::only(engine.advance(at(42)), EventKind::cue_due);
    REQUIRE(events.size() == 1);
    CHECK(events[0].cue.number == 3);
    CHECK(test::only(engine.advance(at(42)), EventKind::cue_due).empty());
}

TEST_CASE("countdowns skip numbers a short phase cannot hold", "[session_cues]")
{
    test::SessionFixture fixture;
    Step step;
    step.kind = StepKind::hold;
    step.exercise = "chin-tuck";
    step.hold_seconds = 2;
    fixture.routine.steps = {step};
    fixture.routine.lead_in_seconds = 0;
    const std::vector<ScheduledCue> cues = schedule_cues(fixture.plan(), 0);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].cue.number == 1);
    CHECK(cues[0].offset == std::chrono::seconds(1));
}

TEST_CASE("reps on each side are counted with their side", "[session_cues]")
{
    test::SessionFixture fixture;
    Step step;
    step.kind = StepKind::reps;
    step.exercise = "doorway-stretch";
    step.reps = 2;
    step.tempo = 3;
    fixture.routine.steps = {step};
    fixture.routine.lead_in_seconds = 0;
    const SessionPlan plan = fixture.plan();
    const std::vector<ScheduledCue> right = schedule_cues(plan, 2);
    REQUIRE(right.size() == 2);
    CHECK(right[1].offset == std::chrono::seconds(3));
    CHECK(right[1].cue == Cue{CueKind::rep, 2, Side::right, ""});
}
