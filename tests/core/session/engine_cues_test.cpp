// The engine fires the cue script: each item once, at its instant, in its phase.
#include "core/session/coach.h"
#include "core/session/session_engine.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

using namespace unknot;
using test::at;

namespace {

CueItem sound_at(double seconds)
{
    return CueItem{seconds, 0.06, CueCategory::countdown, {}, CueSound::tick};
}

CueItem words_at(double seconds, std::string text)
{
    return CueItem{seconds, 1.0, CueCategory::announcement, std::move(text), std::nullopt};
}

// One 10 s hold with a hand-made script.
struct OneHold {
    SessionPlan plan;
    CueScript script;
    OneHold()
    {
        Phase hold;
        hold.kind = PhaseKind::hold;
        hold.planned_seconds = 10;
        plan.phases = {hold};
        script.phases = {PhaseScript{{words_at(0, "Go"), sound_at(7), sound_at(8), sound_at(9)}}};
        script.completed = {words_at(0, "Done")};
        script.stopped = {words_at(0, "Stopped")};
    }
};

} // namespace

TEST_CASE("the script's items fire once each at their instant", "[session_cues]")
{
    const test::SessionFixture fixture;
    const CoachedSession session = fixture.coached();
    SessionEngine engine(session.plan, session.script);
    Events fired = test::only(engine.start(at(0)), EventKind::cue_due);
    // The instant each item is due, with Done pressed when the self-paced estimate is up.
    std::vector<std::pair<TimePoint, CueItem>> expected;
    double start = 0;
    for (std::size_t i = 0; i < session.plan.phases.size(); ++i) {
        for (const CueItem& item : session.script.phases[i].items)
            expected.push_back({at(start + item.at), item});
        start += session.plan.phases[i].planned_seconds;
    }
    const double end = start;
    for (const CueItem& item : session.script.completed)
        expected.push_back({at(end), item});
    // Tick every 10 ms: each item is reported by the first tick at or after it.
    double phase_start = 0;
    for (int ms = 10; ms <= static_cast<int>(end * 1000) + 10 && !engine.finished(); ms += 10) {
        const double t = ms / 1000.0;
        Events events;
        const Phase* phase = engine.current_phase();
        if (phase->self_paced() && t >= phase_start + phase->planned_seconds)
            events = engine.done(at(phase_start + phase->planned_seconds));
        test::append(events, engine.advance(at(t)));
        for (const Event& e : events) {
            if (e.kind == EventKind::phase_started)
                phase_start = to_seconds(e.at - at(0));
            if (e.kind == EventKind::cue_due) {
                CHECK(at(t) - e.at < std::chrono::milliseconds(10));
                fired.push_back(e);
            }
        }
    }
    REQUIRE(engine.finished());
    REQUIRE(fired.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("item " << i << ": " << expected[i].second.text);
        CHECK(fired[i].at == expected[i].first);
        CHECK(fired[i].cue == expected[i].second);
    }
}

TEST_CASE("an item carries the phase it belongs to", "[session_cues]")
{
    const test::SessionFixture fixture;
    const CoachedSession session = fixture.coached();
    REQUIRE(session.plan.phases[2].kind == PhaseKind::switch_sides);
    double switch_start = 0;
    for (int i = 0; i < 2; ++i)
        switch_start += session.plan.phases[static_cast<std::size_t>(i)].planned_seconds;
    SessionEngine engine(session.plan, session.script);
    engine.start(at(0));
    engine.advance(at(switch_start - 0.5));
    const Events events = test::only(engine.advance(at(switch_start)), EventKind::cue_due);
    REQUIRE(events.size() == 1);
    CHECK(events[0].phase == 2);
    CHECK(events[0].cue.sound == CueSound::switch_sides);
}

TEST_CASE("items due during a stall are dropped when stale, never fired twice", "[session_cues]")
{
    const OneHold one;
    SessionEngine engine(one.plan, one.script);
    CHECK(test::only(engine.start(at(0)), EventKind::cue_due).size() == 1); // "Go" at once

    Events events = test::only(engine.advance(at(9.5)), EventKind::cue_due);
    REQUIRE(events.size() == 1); // the ticks at 7 and 8 are stale; the one at 9 is 0.5 s late
    CHECK(events[0].at == at(9));
    CHECK(test::only(engine.advance(at(9.6)), EventKind::cue_due).empty());
}

TEST_CASE("pausing stops the items, and resuming goes on without the backlog", "[session_cues]")
{
    const OneHold one;
    SessionEngine engine(one.plan, one.script);
    engine.start(at(0));
    engine.pause(at(6.5));
    CHECK(test::only(engine.advance(at(30)), EventKind::cue_due).empty());
    CHECK(test::only(engine.resume(at(60)), EventKind::cue_due).empty());
    const Events events = test::only(engine.advance(at(60.5)), EventKind::cue_due);
    REQUIRE(events.size() == 1); // the tick at 7 s of active time
    CHECK(events[0].at == at(60.5));
}

TEST_CASE("the end items follow session_finished: completed or stopped", "[session_cues]")
{
    const OneHold one;
    {
        SessionEngine engine(one.plan, one.script);
        engine.start(at(0));
        const Events events = engine.advance(at(10));
        REQUIRE(events.size() >= 2);
        CHECK(events[events.size() - 2].kind == EventKind::session_finished);
        CHECK(events.back().kind == EventKind::cue_due);
        CHECK(events.back().phase == -1);
        CHECK(events.back().cue.text == "Done");
        CHECK(events.back().at == at(10));
    }
    {
        SessionEngine engine(one.plan, one.script);
        engine.start(at(0));
        const Events events = engine.stop(at(4));
        REQUIRE_FALSE(events.empty());
        CHECK(events.back().cue.text == "Stopped");
    }
}

TEST_CASE("a script that does not fit the plan is refused", "[session_cues]")
{
    OneHold one;
    one.script.phases.push_back({});
    CHECK_THROWS_AS(SessionEngine(one.plan, one.script), std::invalid_argument);
    CHECK_NOTHROW(SessionEngine(one.plan, CueScript{}));
}
