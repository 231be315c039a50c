#include "core/session/session_engine.h"
#include "core/session/session_recorder.h"

#include "../history/history_test_support.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using namespace unknot;
using namespace unknot::test;

namespace {

const sys_seconds kWallStart = utc(kMonday + 7 * 3600);

// Plays the fixture's whole plan with `recorder` listening; self-paced reps are confirmed with
// Done 20 s in. Returns the plan.
SessionPlan play_all(SessionRecorder& recorder, const SessionFixture& fixture)
{
    SessionPlan plan = fixture.plan();
    SessionEngine engine(plan);
    const WallClockAnchor anchor{at(0), kWallStart};
    recorder.on_events(engine.start(at(0)), plan, anchor);
    double t = 0;
    while (!engine.finished()) {
        const Phase* phase = engine.current_phase();
        REQUIRE(phase);
        if (phase->self_paced()) {
            t += 20;
            recorder.on_events(engine.done(at(t)), plan, anchor);
        } else {
            t += *engine.remaining_seconds(at(t));
            recorder.on_events(engine.advance(at(t)), plan, anchor);
        }
    }
    return plan;
}

struct RecorderFixture {
    TempDir dir;
    fs::path path = dir / "history.sqlite3";
    std::unique_ptr<HistoryStore> store = open_ok(path);
};

} // namespace

TEST_CASE_METHOD(RecorderFixture, "a session played by the engine is logged phase by phase")
{
    SessionFixture fixture;
    SessionRecorder recorder(store.get());
    REQUIRE(recorder.begin_session(sample_start(kMonday + 7 * 3600)));
    const SessionPlan plan = play_all(recorder, fixture);
    CHECK_FALSE(recorder.logging_failed());

    const auto session = store->session(*recorder.session_id()).value;
    CHECK(session.status == SessionStatus::completed);
    double rest = 0;
    std::vector<const Phase*> exercises;
    for (const Phase& phase : plan.phases) {
        if (phase.is_exercise() || phase.kind == PhaseKind::timed)
            exercises.push_back(&phase);
        else
            rest += phase.planned_seconds;
    }
    REQUIRE(session.steps.size() == exercises.size());
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        CHECK(session.steps[i].exercise_name == exercises[i]->title);
        CHECK(session.steps[i].set == exercises[i]->set);
        CHECK(session.steps[i].outcome == StepOutcome::done);
    }
    CHECK(session.steps[0].side == StepSide::left);
    CHECK(session.steps[0].target_seconds == 30);
    CHECK(session.steps[1].side == StepSide::right);
    CHECK(session.steps[2].side == StepSide::alternating);
    CHECK(session.steps[2].reps_done == 6);
    CHECK(session.steps[3].active_seconds == Approx(20)); // self-paced, Done after 20 s
    CHECK(session.steps.back().kind == StepKind::timed);
    CHECK(session.totals.rest_seconds == Approx(rest));
    CHECK(session.totals.active_seconds == Approx(plan.total_seconds() - rest - 40 + 20));
    CHECK(*session.ended_at ==
          kWallStart + std::chrono::seconds(static_cast<long>(plan.total_seconds() - 40 + 20)));
}

TEST_CASE_METHOD(RecorderFixture, "pain, going back and stopping are logged as they happened")
{
    SessionFixture fixture;
    const SessionPlan plan = fixture.plan();
    SessionEngine engine(plan);
    SessionRecorder recorder(store.get());
    recorder.begin_session(sample_start());
    const WallClockAnchor anchor{at(0), kWallStart};
    recorder.on_events(engine.start(at(0)), plan, anchor);
    recorder.on_events(engine.advance(at(15)), plan, anchor); // 5 s into the left hold
    recorder.on_events(engine.skip(at(15)), plan, anchor);
    recorder.on_events(engine.back(at(16)), plan, anchor); // under 3 s: back to the left hold
    recorder.on_events(engine.advance(at(46)), plan, anchor);
    recorder.on_events(engine.advance(at(51)), plan, anchor); // sides switched
    recorder.on_events(engine.hurts(at(60)), plan, anchor);   // the right hold hurts
    double t = 60;
    while (!engine.current_phase()->is_exercise()) {
        t += *engine.remaining_seconds(at(t));
        recorder.on_events(engine.advance(at(t)), plan, anchor);
    }
    recorder.on_events(engine.stop(at(t + 2)), plan, anchor);

    const auto session = store->session(*recorder.session_id()).value;
    CHECK(session.status == SessionStatus::stopped);
    REQUIRE(session.steps.size() == 3);
    CHECK(session.steps[0].side == StepSide::left); // skipped, then done again: one row
    CHECK(session.steps[0].outcome == StepOutcome::done);
    CHECK(session.steps[0].active_seconds == Approx(35));
    CHECK(session.steps[1].side == StepSide::right);
    CHECK(session.steps[1].outcome == StepOutcome::stopped_for_pain);
    CHECK(session.steps[1].active_seconds == Approx(9));
    CHECK(session.steps[2].outcome == StepOutcome::stopped);
    CHECK(session.steps[2].active_seconds == Approx(2));
    CHECK(*session.ended_at == kWallStart + std::chrono::seconds(static_cast<long>(t + 2)));
}

TEST_CASE_METHOD(RecorderFixture,
                 "answers to \"this hurts\" are logged with the stop, wherever it was pressed")
{
    SessionFixture fixture;
    const SessionPlan plan = fixture.plan();
    REQUIRE(plan.phases[0].kind == PhaseKind::lead_in);
    REQUIRE(plan.phases[6].title == "Bird dog");
    REQUIRE(plan.phases[11].kind == PhaseKind::rest_between_sets);
    SessionEngine engine(plan);
    SessionRecorder recorder(store.get());
    recorder.begin_session(sample_start());
    const WallClockAnchor anchor{at(0), kWallStart};
    const auto play = [&](const Events& events) { recorder.on_events(events, plan, anchor); };
    play(engine.start(at(0)));

    // In the doorway stretch's lead-in: skip it. Nothing was done, the stop is still a step.
    recorder.record_hurt_choice(0, HurtChoice::skip, {}, plan);
    play(engine.hurts(at(4)));
    REQUIRE(engine.phase_index() == 5);
    // In the bird dog: carry on with the easier version, to the end.
    play(engine.advance(at(16)));
    REQUIRE(engine.phase_index() == 6);
    recorder.record_hurt_choice(6, HurtChoice::easier, "On hands and knees, arms only", plan);
    play(engine.advance(at(29)));
    play(engine.advance(at(39)));
    play(engine.done(at(45)));           // the cat camel's reps
    play(engine.advance(at(60)));        // the chin tuck's first set
    REQUIRE(engine.phase_index() == 11); // resting before the second
    recorder.record_hurt_choice(11, HurtChoice::end_session, {}, plan);
    play(engine.stop_for_pain(at(62)));

    const auto session = store->session(*recorder.session_id()).value;
    CHECK(session.status == SessionStatus::stopped);
    REQUIRE(session.steps.size() == 5);
    const StepRecord& doorway = session.steps[0];
    CHECK(doorway.exercise_name == "Doorway stretch");
    CHECK(doorway.side == StepSide::left);
    CHECK(doorway.outcome == StepOutcome::stopped_for_pain);
    CHECK(doorway.hurt_choice == HurtChoice::skip);
    CHECK(doorway.active_seconds == 0);
    const StepRecord& bird_dog = session.steps[1];
    CHECK(bird_dog.outcome == StepOutcome::done);
    CHECK(bird_dog.hurt_choice == HurtChoice::easier);
    CHECK(bird_dog.variation == "On hands and knees, arms only");
    CHECK(bird_dog.reps_done == 6);
    CHECK_FALSE(session.steps[2].hurt_choice);
    CHECK(session.steps[2].variation.empty());
    CHECK(session.steps[3].outcome == StepOutcome::done); // the first set of chin tucks
    const StepRecord& chin_tuck = session.steps[4];
    CHECK(chin_tuck.exercise_name == "Chin tuck");
    CHECK(chin_tuck.set == 2);
    CHECK(chin_tuck.outcome == StepOutcome::stopped_for_pain);
    CHECK(chin_tuck.hurt_choice == HurtChoice::end_session);
    CHECK(session.totals.active_seconds == Approx(15 + 6 + 5));
}

TEST_CASE_METHOD(RecorderFixture, "the easier version is kept for the rest of its exercise")
{
    SessionFixture fixture;
    const SessionPlan plan = fixture.plan();
    SessionEngine engine(plan);
    SessionRecorder recorder(store.get());
    recorder.begin_session(sample_start());
    const WallClockAnchor anchor{at(0), kWallStart};
    recorder.on_events(engine.start(at(0)), plan, anchor);
    recorder.on_events(engine.advance(at(12)), plan, anchor); // the left hold
    recorder.record_hurt_choice(1, HurtChoice::easier, "Lower on the door frame", plan);
    recorder.on_events(engine.advance(at(40 + 5 + 30 + 15)), plan, anchor); // right, rest after

    const auto steps = store->session(*recorder.session_id()).value.steps;
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].hurt_choice == HurtChoice::easier);
    CHECK(steps[1].side == StepSide::right);
    CHECK_FALSE(steps[1].hurt_choice); // asked on the left side only
    CHECK(steps[1].variation == "Lower on the door frame");
}

TEST_CASE_METHOD(RecorderFixture, "the summary is saved after the end, and notes can change")
{
    SessionRecorder recorder(store.get());
    recorder.begin_session(sample_start());
    recorder.record_step(sample_step(0, kMonday + 8 * 3600 + 60));
    recorder.record_rest(15);
    REQUIRE(recorder.finish_session(SessionStatus::completed, utc(kMonday + 8 * 3600 + 120)));
    CHECK_FALSE(recorder.active());
    CHECK_FALSE(recorder.record_step(sample_step(1, kMonday))); // after the end: ignored
    REQUIRE(recorder.save_summary(2, "Much looser"));
    const auto session = store->session(*recorder.session_id()).value;
    CHECK(session.pain_after == 2);
    CHECK(session.notes == "Much looser");
    CHECK(session.totals == SessionTotals{30.5, 15});
    CHECK(session.steps.size() == 1);
}

TEST_CASE_METHOD(RecorderFixture, "a recorder dropped mid-session leaves the session interrupted")
{
    std::int64_t id = 0;
    {
        SessionRecorder recorder(store.get());
        recorder.begin_session(sample_start());
        recorder.record_step(sample_step(0, kMonday + 8 * 3600 + 60));
        id = *recorder.session_id();
    }
    const auto session = store->session(id).value;
    CHECK(session.status == SessionStatus::interrupted);
    CHECK(session.ended_at == utc(kMonday + 8 * 3600 + 60));
}

TEST_CASE_METHOD(RecorderFixture, "beginning a new session interrupts the one still under way")
{
    SessionRecorder recorder(store.get());
    recorder.begin_session(sample_start());
    const auto first = *recorder.session_id();
    REQUIRE(recorder.begin_session(sample_start(kMonday + 9 * 3600)));
    CHECK(*recorder.session_id() != first);
    CHECK(store->session(first).value.status == SessionStatus::interrupted);
}

TEST_CASE("without a store the session plays and nothing fails")
{
    SessionFixture fixture;
    SessionRecorder recorder(nullptr);
    CHECK_FALSE(recorder.begin_session(sample_start()));
    play_all(recorder, fixture);
    CHECK_FALSE(recorder.logging_failed());
    CHECK_FALSE(recorder.session_id());
}

TEST_CASE_METHOD(RecorderFixture, "steps that could not be written are written, in order, later")
{
    HistoryStoreOptions impatient;
    impatient.busy_timeout_ms = 1;
    auto busy_store = open_ok(path, impatient);
    SessionRecorder recorder(busy_store.get());
    REQUIRE(recorder.begin_session(sample_start()));

    sqlite3* other = nullptr; // another copy of the app, holding the write lock
    REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK_FALSE(recorder.record_step(sample_step(0, kMonday + 60)));
    CHECK_FALSE(recorder.record_step(sample_step(1, kMonday + 120)));
    CHECK(recorder.logging_failed());
    CHECK_THAT(recorder.last_error(),
               Catch::Contains("Could not save the step: database is locked"));
    CHECK(recorder.pending_steps() == 2);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    CHECK(recorder.record_step(sample_step(2, kMonday + 180)));
    CHECK_FALSE(recorder.logging_failed());
    CHECK(recorder.pending_steps() == 0);
    const auto steps = store->session(*recorder.session_id()).value.steps;
    REQUIRE(steps.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(steps[static_cast<std::size_t>(i)] == sample_step(i, kMonday + 60 * (i + 1)));
}

TEST_CASE_METHOD(RecorderFixture, "a full disk mid-session: an error, no exception, nothing lost")
{
    store.reset();
    const auto child = run_in_child([&] {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing us
        OpenResult opened = HistoryStore::open(path);
        SessionRecorder recorder(opened.store.get());
        if (!recorder.begin_session(sample_start()))
            return "begin failed: " + recorder.last_error();
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        rlimit small = limit;
        small.rlim_cur = 96 * 1024; // "the disk": no file may grow past 96 KiB
        setrlimit(RLIMIT_FSIZE, &small);
        int written = 0;
        std::string out;
        for (int i = 0; i < 200 && out.empty(); ++i) {
            StepRecord step = sample_step(i, kMonday + i);
            step.exercise_name = std::string(6000, 'x') + std::to_string(i);
            if (recorder.record_step(step))
                ++written;
            else
                out = "failed after " + std::to_string(written) + ": " + recorder.last_error();
        }
        const std::size_t pending = recorder.pending_steps();
        const auto notes =
            opened.store->update_notes(*recorder.session_id(), std::string(1 << 18, 'n'));
        out +=
            notes.kind == StoreErrorKind::write_failed ? " (notes: write_failed)" : " (notes: ?)";
        setrlimit(RLIMIT_FSIZE, &limit); // space again
        const bool resumed = recorder.record_step(sample_step(999, kMonday + 999)) &&
                             recorder.finish_session(SessionStatus::completed, utc(kMonday + 1000));
        return out + "\npending " + std::to_string(pending) + " then " +
               std::to_string(recorder.pending_steps()) + (resumed ? " resumed" : " stuck");
    });
    INFO(child.output);
    REQUIRE(child.exit_code == 0);
    CHECK_THAT(child.output, Catch::StartsWith("failed after ") &&
                                 Catch::Contains(": Could not save the step: the disk ") &&
                                 Catch::Contains(" (notes: write_failed)") &&
                                 Catch::EndsWith("\npending 1 then 0 resumed"));
    const int written = std::stoi(child.output.substr(std::string("failed after ").size()));
    CHECK(written > 0);
    store = open_ok(path);
    const auto session = store->all_sessions().value.at(0);
    CHECK(session.status == SessionStatus::completed);
    REQUIRE(session.steps.size() == static_cast<std::size_t>(written + 2));
    for (int i = 0; i <= written; ++i)
        CHECK(session.steps[static_cast<std::size_t>(i)].exercise_name ==
              std::string(6000, 'x') + std::to_string(i));
    CHECK(session.steps.back() == sample_step(999, kMonday + 999));
    CHECK(raw_query(path, "PRAGMA integrity_check") == "ok");
}
