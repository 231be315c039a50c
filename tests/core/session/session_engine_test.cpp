#include "core/session/session_engine.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>

using namespace unknot;
using test::at;
using test::only;

namespace {

// Phase start times of the fixture when every phase runs to its end (Done pressed at 165 s).
const std::vector<double> kStarts = {0,   10,  40,  45,  75,  90,  100, 115, 125,
                                     165, 175, 180, 190, 195, 205, 210, 330, 335};
constexpr double kEnd = 355;

// Ticks every 100 ms from `from` to `to`, pressing Done when a self-paced phase reaches its
// estimate.
Events play(SessionEngine& engine, double from, double to)
{
    Events log;
    for (int ms = static_cast<int>(from * 1000); ms <= static_cast<int>(to * 1000); ms += 100) {
        const double t = ms / 1000.0;
        const Phase* phase = engine.current_phase();
        if (phase && phase->self_paced() && engine.phase_elapsed_seconds(at(t)) >= 40)
            test::append(log, engine.done(at(t)));
        test::append(log, engine.advance(at(t)));
    }
    return log;
}

} // namespace

TEST_CASE("a session plays every phase in order, each ending at its deadline", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    Events log = engine.start(at(0));
    test::append(log, play(engine, 0, 400));

    const Events started = only(log, EventKind::phase_started);
    const Events finished = only(log, EventKind::phase_finished);
    REQUIRE(started.size() == kStarts.size());
    REQUIRE(finished.size() == kStarts.size());
    for (std::size_t i = 0; i < kStarts.size(); ++i) {
        INFO("phase " << i);
        CHECK(started[i].phase == static_cast<int>(i));
        CHECK(started[i].at == at(kStarts[i]));
        CHECK(finished[i].phase == static_cast<int>(i));
        CHECK(finished[i].outcome == PhaseOutcome::done);
        const double end = i + 1 < kStarts.size() ? kStarts[i + 1] : kEnd;
        CHECK(finished[i].at == at(end));
        CHECK(finished[i].active_seconds == Approx(end - kStarts[i]));
    }
    const Events end = only(log, EventKind::session_finished);
    REQUIRE(end.size() == 1);
    CHECK(end[0].at == at(kEnd));
    CHECK(end[0].session_outcome == SessionOutcome::completed);
    CHECK(end[0].active_seconds == Approx(kEnd));
    CHECK(engine.finished());
    CHECK(engine.outcome() == SessionOutcome::completed);
    CHECK(engine.phase_index() == -1);
    CHECK(engine.elapsed_seconds(at(500)) == Approx(kEnd));
}

TEST_CASE("every phase_started is paired with one phase_finished before the next",
          "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    Events log = engine.start(at(0));
    test::append(log, engine.skip(at(2)));
    test::append(log, engine.back(at(3)));
    test::append(log, engine.hurts(at(20)));
    test::append(log, play(engine, 20, 400));
    int open = -1;
    for (const Event& e : log) {
        if (e.kind == EventKind::phase_started) {
            CHECK(open == -1);
            open = e.phase;
        } else if (e.kind == EventKind::phase_finished) {
            CHECK(e.phase == open);
            open = -1;
        }
    }
    CHECK(open == -1);
    CHECK(log.back().kind == EventKind::session_finished);
}

TEST_CASE("the queries follow the clock while a session plays", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    CHECK_FALSE(engine.started());
    CHECK(engine.remaining_total_seconds(at(0)) == 355);
    engine.start(at(0));
    CHECK(engine.started());
    CHECK(engine.remaining_seconds(at(2.5)) == 7.5);
    CHECK(engine.remaining_total_seconds(at(2.5)) == 352.5);
    CHECK(engine.next_due() == at(10)); // no cue script: the lead-in's end

    engine.advance(at(101));
    CHECK(engine.current_phase()->kind == PhaseKind::reps);
    CHECK(engine.current_rep(at(101)) == 1);
    CHECK(engine.current_side(at(101)) == Side::left);
    CHECK(engine.current_rep(at(103)) == 2);
    CHECK(engine.current_side(at(103)) == Side::right);
    CHECK(engine.current_rep(at(114.9)) == 6);
    CHECK(engine.elapsed_seconds(at(101)) == 101);

    engine.advance(at(130));
    REQUIRE(engine.current_phase()->self_paced());
    CHECK_FALSE(engine.remaining_seconds(at(130)).has_value());
    CHECK(engine.current_rep(at(130)) == 0);
    CHECK(engine.phase_elapsed_seconds(at(130)) == 5);
    CHECK(engine.remaining_total_seconds(at(130)) == 35 + 190);
    CHECK(engine.remaining_total_seconds(at(200)) == 190); // the estimate is used up, not negative
    CHECK(engine.next_due() == std::nullopt);              // waits for Done
}

TEST_CASE("paused time never counts", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.pause(at(5));
    CHECK(engine.paused());
    CHECK(engine.advance(at(50)).empty());
    CHECK(engine.remaining_seconds(at(50)) == 5);
    CHECK(engine.elapsed_seconds(at(50)) == 5);
    CHECK(engine.next_due() == std::nullopt);
    engine.resume(at(65));
    CHECK_FALSE(engine.paused());
    CHECK(engine.remaining_seconds(at(65)) == 5);

    const Events log = engine.advance(at(70));
    const Events finished = only(log, EventKind::phase_finished);
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].at == at(70));
    CHECK(finished[0].active_seconds == 10);
    CHECK(only(log, EventKind::phase_started)[0].at == at(70));
    CHECK(engine.elapsed_seconds(at(70)) == 10);
    CHECK(engine.remaining_total_seconds(at(70)) == 345);
}

TEST_CASE("pausing after a stall first finishes what ended during it", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    const Events log = engine.pause(at(12));
    REQUIRE(only(log, EventKind::phase_finished).size() == 1);
    CHECK(only(log, EventKind::phase_started)[0].at == at(10));
    CHECK(engine.phase_index() == 1);
    engine.resume(at(100));
    CHECK(engine.remaining_seconds(at(100)) == 28);
}

TEST_CASE("skip ends the phase as skipped and starts the next one now", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    const Events log = engine.skip(at(3));
    const Events finished = only(log, EventKind::phase_finished);
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].outcome == PhaseOutcome::skipped);
    CHECK(finished[0].active_seconds == 3);
    CHECK(only(log, EventKind::phase_started)[0].at == at(3));
    CHECK(engine.phase_index() == 1);
    CHECK(engine.remaining_seconds(at(3)) == 30);
}

TEST_CASE("skip while paused moves on and stays paused", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.pause(at(4));
    engine.skip(at(20));
    CHECK(engine.paused());
    CHECK(engine.phase_index() == 1);
    CHECK(engine.remaining_seconds(at(60)) == 30);
    engine.resume(at(60));
    CHECK(engine.remaining_seconds(at(70)) == 20);
    CHECK(engine.elapsed_seconds(at(70)) == 14);
}

TEST_CASE("skipping the last phase completes the session", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    while (!engine.finished())
        engine.skip(at(1));
    CHECK(engine.outcome() == SessionOutcome::completed);
    CHECK(engine.elapsed_seconds(at(1)) == 1);
}

TEST_CASE("back restarts the phase, or goes to the previous one early on", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.advance(at(20)); // 10 s into the first hold

    Events log = engine.back(at(20));
    CHECK(only(log, EventKind::phase_finished)[0].outcome == PhaseOutcome::skipped);
    CHECK(only(log, EventKind::phase_started)[0].phase == 1);
    CHECK(engine.phase_index() == 1);
    CHECK(engine.remaining_seconds(at(20)) == 30);

    log = engine.back(at(22)); // under 3 s in: the lead-in again
    CHECK(only(log, EventKind::phase_started)[0].phase == 0);
    CHECK(engine.remaining_seconds(at(22)) == 10);

    engine.back(at(23)); // the first phase has no previous one: restart it
    CHECK(engine.phase_index() == 0);
    CHECK(engine.remaining_seconds(at(23)) == 10);
    CHECK(engine.elapsed_seconds(at(23)) == 23); // time spent still counts for the session
}

TEST_CASE("done ends a self-paced reps phase and nothing else", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    CHECK(engine.done(at(1)).empty());
    CHECK(engine.phase_index() == 0);

    engine.advance(at(101)); // paced reps: Done does nothing
    CHECK(engine.done(at(101)).empty());

    engine.advance(at(130));
    REQUIRE(engine.current_phase()->self_paced());
    CHECK(engine.advance(at(900)).empty()); // no deadline: it waits
    const Events log = engine.done(at(900));
    const Events finished = only(log, EventKind::phase_finished);
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].outcome == PhaseOutcome::done);
    CHECK(finished[0].active_seconds == 775);
    CHECK(engine.phase_index() == 9);
}

TEST_CASE("this hurts stops the whole exercise and moves on", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.advance(at(19));
    const Events log = engine.hurts(at(20)); // left side of the doorway stretch
    const Events finished = only(log, EventKind::phase_finished);
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].phase == 1);
    CHECK(finished[0].outcome == PhaseOutcome::stopped_for_pain);
    const Events started = only(log, EventKind::phase_started);
    REQUIRE(started.size() == 1);
    CHECK(started[0].phase == 5); // the lead-in of the next step
    CHECK(engine.current_phase()->exercise_id == "bird-dog");
    CHECK(engine.remaining_total_seconds(at(20)) == 355 - 90);
}

TEST_CASE("this hurts in the last step ends the session", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    for (int i = 0; i < 17; ++i)
        engine.skip(at(1));
    REQUIRE(engine.phase_index() == 17);
    engine.hurts(at(2));
    CHECK(engine.finished());
}

TEST_CASE("stop for pain ends the step for pain and the session there, starting nothing",
          "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.advance(at(19));
    const Events log = engine.stop_for_pain(at(20)); // left side of the doorway stretch
    REQUIRE(log.size() == 2);
    CHECK(log[0].kind == EventKind::phase_finished);
    CHECK(log[0].phase == 1);
    CHECK(log[0].outcome == PhaseOutcome::stopped_for_pain);
    CHECK(log[0].active_seconds == 10);
    CHECK(log[1].kind == EventKind::session_finished);
    CHECK(log[1].session_outcome == SessionOutcome::stopped);
    CHECK(engine.outcome() == SessionOutcome::stopped);

    SessionEngine last(fixture.plan()); // in the last step too: stopped, not completed
    last.start(at(0));
    for (int i = 0; i < 17; ++i)
        last.skip(at(1));
    last.stop_for_pain(at(2));
    CHECK(last.outcome() == SessionOutcome::stopped);
    CHECK(last.stop_for_pain(at(3)).empty());
}

TEST_CASE("stop ends the session early", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    const Events log = engine.stop(at(50));
    REQUIRE(log.size() >= 2);
    CHECK(log[log.size() - 2].kind == EventKind::phase_finished);
    CHECK(log[log.size() - 2].outcome == PhaseOutcome::stopped);
    CHECK(log[log.size() - 2].phase == 3);
    CHECK(log.back().kind == EventKind::session_finished);
    CHECK(log.back().session_outcome == SessionOutcome::stopped);
    CHECK(log.back().active_seconds == 50);
    CHECK(engine.finished());
    CHECK(engine.outcome() == SessionOutcome::stopped);
    CHECK(engine.current_phase() == nullptr);
    CHECK(engine.remaining_total_seconds(at(60)) == 0);
    CHECK(engine.advance(at(60)).empty());
    CHECK(engine.skip(at(60)).empty());
    CHECK(engine.stop(at(60)).empty());
    CHECK(engine.start(at(60)).empty());
}

TEST_CASE("nothing happens before start, and stop before start ends it", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    CHECK(engine.advance(at(1)).empty());
    CHECK(engine.skip(at(1)).empty());
    CHECK(engine.pause(at(1)).empty());
    CHECK(engine.phase_index() == -1);
    const Events log = engine.stop(at(2));
    REQUIRE(log.size() == 1);
    CHECK(log[0].session_outcome == SessionOutcome::stopped);
    CHECK(engine.finished());
}

TEST_CASE("an empty plan completes at once", "[session_engine]")
{
    SessionEngine engine(SessionPlan{});
    const Events log = engine.start(at(0));
    REQUIRE(log.size() == 1);
    CHECK(log[0].kind == EventKind::session_finished);
    CHECK(log[0].session_outcome == SessionOutcome::completed);
}

TEST_CASE("a time point earlier than one already seen changes nothing", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionEngine engine(fixture.plan());
    engine.start(at(0));
    engine.advance(at(12));
    CHECK(engine.advance(at(5)).empty());
    CHECK(engine.phase_index() == 1);
    CHECK(engine.remaining_seconds(at(5)) == 28);
}

TEST_CASE("a plan with an impossible duration or tempo is refused", "[session_engine]")
{
    const test::SessionFixture fixture;
    SessionPlan bad_tempo = fixture.plan();
    bad_tempo.phases[6].tempo = 0.0;
    CHECK_THROWS_AS(SessionEngine(bad_tempo), std::invalid_argument);
    SessionPlan negative = fixture.plan();
    negative.phases[3].planned_seconds = -1;
    CHECK_THROWS_AS(SessionEngine(negative), std::invalid_argument);
    SessionPlan endless = fixture.plan();
    endless.phases[3].planned_seconds = std::numeric_limits<double>::infinity();
    CHECK_THROWS_AS(SessionEngine(endless), std::invalid_argument);
}
