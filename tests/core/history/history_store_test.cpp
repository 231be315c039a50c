#include "core/base/content_hash.h"
#include "core/history/history_schema.h"
#include "core/history/history_store.h"

#include "history_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace unknot;
using namespace unknot::test;

namespace {

// A finished session with three steps, written through the store; returns what it should read.
SessionRecord record_sample(HistoryStore& store, std::int64_t started = kMonday + 8 * 3600)
{
    const SessionStart start = sample_start(started);
    const auto begun = store.begin_session(start);
    REQUIRE(begun.ok());
    SessionRecord expected;
    expected.id = begun.value;
    expected.routine_id = start.routine_id;
    expected.routine_title = start.routine_title;
    expected.snapshot_hash = fnv1a64_hex(start.snapshot);
    expected.started_at = start.started_at;
    expected.utc_offset_minutes = start.utc_offset_minutes;
    expected.pain_before = start.pain_before;
    SessionTotals totals;
    for (int n = 0; n < 3; ++n) {
        StepRecord step = sample_step(n, started + 60 * (n + 1));
        if (n == 1) { // "this hurts": carried on with the easier version
            step.hurt_choice = HurtChoice::easier;
            step.variation = "Standing at a wall";
        } else if (n == 2) {
            step.outcome = StepOutcome::stopped_for_pain;
            step.hurt_choice = HurtChoice::skip;
        }
        totals.active_seconds += step.active_seconds;
        totals.rest_seconds += 15;
        REQUIRE(store.add_step(begun.value, step, totals).ok());
        expected.steps.push_back(step);
    }
    const SessionEnd end{SessionStatus::completed, utc(started + 300), totals, 3, "Felt looser"};
    REQUIRE(store.finish_session(begun.value, end).ok());
    expected.status = SessionStatus::completed;
    expected.ended_at = end.ended_at;
    expected.totals = totals;
    expected.pain_after = 3;
    expected.notes = end.notes;
    return expected;
}

} // namespace

TEST_CASE("data_survives_reopen: a session and its steps read back the same after reopening")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    SessionRecord expected;
    {
        auto store = open_ok(path);
        expected = record_sample(*store);
    }
    auto store = open_ok(path);
    const auto all = store->all_sessions();
    REQUIRE(all.ok());
    REQUIRE(all.value.size() == 1);
    CHECK(all.value.front() == expected);
    CHECK(all.value.front().local_start() ==
          local_seconds{std::chrono::seconds{kMonday + 10 * 3600}});
}

TEST_CASE("the answer to \"this hurts\" is kept with the step, and the last answer counts")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    auto store = open_ok(path);
    const auto id = store->begin_session(sample_start()).value;
    StepRecord step = sample_step(0, kMonday + 8 * 3600 + 60);
    step.phase = 1;
    step.outcome = StepOutcome::stopped_for_pain;
    step.hurt_choice = HurtChoice::end_session;
    REQUIRE(store->add_step(id, step, {30, 0}));
    CHECK(store->session(id).value.steps.at(0).hurt_choice == HurtChoice::end_session);
    CHECK(raw_query(path, "SELECT hurt_choice || '|' || variation FROM steps") == "end_session|");

    step.hurt_choice = HurtChoice::easier; // the same phase again (after Back)
    step.variation = "Face down, no roller";
    step.outcome = StepOutcome::done;
    REQUIRE(store->add_step(id, step, {60, 0}));
    const StepRecord read = store->session(id).value.steps.at(0);
    CHECK(read.hurt_choice == HurtChoice::easier);
    CHECK(read.variation == "Face down, no roller");
    CHECK(read.outcome == StepOutcome::done);

    step.phase = 2;
    step.hurt_choice.reset();
    step.variation.clear();
    REQUIRE(store->add_step(id, step, {90, 0}));
    CHECK_FALSE(store->session(id).value.steps.at(1).hurt_choice);
}

TEST_CASE("the schema refuses an answer to \"this hurts\" that Unknot does not know")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    auto store = open_ok(path);
    const auto id = store->begin_session(sample_start()).value;
    REQUIRE(store->add_step(id, sample_step(0, kMonday + 8 * 3600 + 60), {30, 0}));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const int rc =
        sqlite3_exec(db, "UPDATE steps SET hurt_choice = 'shrug'", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    CHECK(rc == SQLITE_CONSTRAINT);
    CHECK(raw_query(path, "SELECT count(*) FROM steps WHERE hurt_choice IS NULL") == "1");
}

TEST_CASE("the snapshot of the routine as played is kept with its hash")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    const auto id = store->begin_session(sample_start()).value;
    const auto without = store->session(id);
    const auto with = store->session(id, {.with_steps = true, .with_snapshot = true});
    REQUIRE(with.ok());
    CHECK(without.value.snapshot.empty());
    CHECK(with.value.snapshot == sample_start().snapshot);
    CHECK(with.value.snapshot_hash == fnv1a64_hex(sample_start().snapshot));
    CHECK(with.value.status == SessionStatus::in_progress);
    CHECK_FALSE(with.value.ended_at);
}

TEST_CASE("the file is Unknot's: application id, schema version, WAL, indexes")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    auto store = open_ok(path);
    CHECK(raw_query(path, "PRAGMA application_id") == std::to_string(kHistoryApplicationId));
    CHECK(raw_query(path, "PRAGMA user_version") == std::to_string(kHistorySchemaVersion));
    CHECK(raw_query(path, "PRAGMA journal_mode") == "wal");
    CHECK(raw_query(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                          "'sessions_by_local_start'") == "1");
}

TEST_CASE("sessions are listed by UTC start or by local start, half-open ranges")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    // 23:30 UTC on Sunday at UTC+2 is 01:30 on Monday: it belongs to Monday's week locally.
    SessionStart late = sample_start(kMonday - 1800);
    const auto late_id = store->begin_session(late).value;
    const auto monday_id = store->begin_session(sample_start(kMonday + 3600)).value;
    const auto next_week = store->begin_session(sample_start(kMonday + 7 * 86400)).value;

    const auto by_utc = store->sessions_between(utc(kMonday), utc(kMonday + 7 * 86400));
    REQUIRE(by_utc.ok());
    REQUIRE(by_utc.value.size() == 1);
    CHECK(by_utc.value[0].id == monday_id);

    const local_seconds local_monday{std::chrono::seconds{kMonday}};
    const auto local =
        store->sessions_between_local(local_monday, local_monday + std::chrono::days{7});
    REQUIRE(local.ok());
    REQUIRE(local.value.size() == 2);
    CHECK(local.value[0].id == late_id);
    CHECK(local.value[1].id == monday_id);
    const auto all = store->all_sessions({.with_steps = false});
    REQUIRE(all.value.size() == 3);
    CHECK(all.value[2].id == next_week);
}

TEST_CASE("notes and the summary can be changed after the session")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    const auto expected = record_sample(*store);
    REQUIRE(store->update_notes(expected.id, "Tight on the left, \"better\" after, 右").ok());
    CHECK(store->session(expected.id).value.notes == "Tight on the left, \"better\" after, 右");
    REQUIRE(store->save_summary(expected.id, std::nullopt, "no rating").ok());
    CHECK_FALSE(store->session(expected.id).value.pain_after);

    const auto missing = store->update_notes(expected.id + 100, "x");
    CHECK(missing.kind == StoreErrorKind::not_found);
    CHECK(store->session(expected.id + 100).status.kind == StoreErrorKind::not_found);
}

TEST_CASE("a deleted session comes back whole with its id on restore, and ids are not reused")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    auto store = open_ok(path);
    const auto first = record_sample(*store);
    const auto second = record_sample(*store, kMonday + 86400);

    const auto removed = store->delete_session(second.id);
    REQUIRE(removed.ok());
    CHECK(removed.value.snapshot == sample_start().snapshot);
    CHECK(removed.value.steps == second.steps);
    CHECK(store->all_sessions().value.size() == 1);
    CHECK(raw_query(path, "SELECT count(*) FROM steps") == "3"); // the cascade removed its steps

    const auto third = store->begin_session(sample_start(kMonday + 2 * 86400));
    CHECK(third.value > second.id);

    REQUIRE(store->restore_session(removed.value).ok());
    const auto back = store->session(second.id, {.with_snapshot = true});
    REQUIRE(back.ok());
    CHECK(back.value == removed.value);
    CHECK(store->restore_session(removed.value).kind == StoreErrorKind::invalid);
    CHECK(store->all_sessions().value.size() == 3);
    CHECK(store->delete_session(first.id + 1000).status.kind == StoreErrorKind::not_found);
}

TEST_CASE("a phase finished again after going back keeps one row with the last outcome")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    const auto id = store->begin_session(sample_start()).value;
    StepRecord step = sample_step(0, kMonday + 9 * 3600);
    step.phase = 4;
    step.outcome = StepOutcome::skipped;
    step.active_seconds = 3;
    REQUIRE(store->add_step(id, step, {3, 0}).ok());
    step.outcome = StepOutcome::done;
    step.active_seconds = 30;
    step.finished_at = utc(kMonday + 9 * 3600 + 40);
    REQUIRE(store->add_step(id, step, {33, 0}).ok());
    const auto steps = store->session(id).value.steps;
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].outcome == StepOutcome::done);
    CHECK(steps[0].active_seconds == Approx(33));
    CHECK(steps[0].finished_at == step.finished_at);
}

TEST_CASE("values out of range are refused with a clear message and write nothing")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    SessionStart start = sample_start();
    start.pain_before = 11;
    const auto refused = store->begin_session(start);
    CHECK(refused.status.kind == StoreErrorKind::invalid);
    CHECK_THAT(refused.status.message, Catch::Contains("Pain before must be 0 to 10, got 11"));
    CHECK(store->all_sessions().value.empty());

    const auto id = store->begin_session(sample_start()).value;
    StepRecord rest = sample_step(0, kMonday);
    rest.kind = StepKind::rest;
    CHECK(store->add_step(id, rest, {}).kind == StoreErrorKind::invalid);
    StepRecord negative = sample_step(0, kMonday);
    negative.active_seconds = -1;
    CHECK(store->add_step(id, negative, {}).kind == StoreErrorKind::invalid);
    const SessionEnd still_running{SessionStatus::in_progress, utc(kMonday), {}, {}, {}};
    CHECK(store->finish_session(id, still_running).kind == StoreErrorKind::invalid);

    REQUIRE(store->finish_session(id, {SessionStatus::stopped, utc(kMonday), {}, {}, {}}).ok());
    const auto late = store->add_step(id, sample_step(1, kMonday), {});
    CHECK(late.kind == StoreErrorKind::invalid);
    CHECK_THAT(late.message, Catch::Contains("is stopped"));
    CHECK(store->session(id).value.steps.empty());
}

TEST_CASE("fnv1a64_hex matches the published FNV-1a 64 test vectors")
{
    CHECK(fnv1a64_hex("") == "cbf29ce484222325");
    CHECK(fnv1a64_hex("a") == "af63dc4c8601ec8c");
    CHECK(fnv1a64_hex("foobar") == "85944171f73967e8");
    CHECK(fnv1a64_hex(std::string("\0", 1)) == "af63bd4c8601b7df");
}
