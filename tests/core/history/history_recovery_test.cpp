// Sessions left in progress by a process that died, and files from earlier schema versions.
#include "core/history/history_schema.h"
#include "core/history/history_store.h"
#include "core/platform/process_identity.h"

#include "history_test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace unknot;
using namespace unknot::test;

namespace {

const OwnerId kOtherInstance{"boot-a", 4242, 99};

HistoryStoreOptions as_owner(OwnerId owner, bool others_alive)
{
    HistoryStoreOptions options;
    options.owner = std::move(owner);
    options.owner_is_alive = [others_alive](const OwnerId&) { return others_alive; };
    return options;
}

// Every column, index and foreign key, so that a migrated file can be compared with a new one.
std::string describe_schema(const fs::path& path)
{
    std::ostringstream out;
    std::istringstream tables(
        raw_query(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                        "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"));
    for (std::string table; tables >> table;) {
        out << table << ": "
            << raw_query(path, "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || "
                               "' ' || coalesce(dflt_value, '-') || ' ' || pk || ' ' || hidden, "
                               "', ') FROM pragma_table_xinfo('" +
                                   table + "')")
            << "; fk: "
            << raw_query(path, "SELECT group_concat(\"table\" || '.' || \"to\" || ' ' || "
                               "on_delete, ', ') FROM pragma_foreign_key_list('" +
                                   table + "')")
            << "\n";
    }
    out << raw_query(path, "SELECT group_concat(name || ': ' || sql, '\n') FROM (SELECT name, sql "
                           "FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY "
                           "name)");
    return out.str();
}

} // namespace

TEST_CASE("a session left in progress by a process that is gone is marked interrupted on open")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    std::int64_t id = 0;
    {
        auto store = open_ok(path, as_owner(kOtherInstance, true));
        id = store->begin_session(sample_start(kMonday)).value;
        REQUIRE(store->add_step(id, sample_step(0, kMonday + 60), {30, 10}).ok());
        REQUIRE(store->add_step(id, sample_step(1, kMonday + 150), {61, 20}).ok());
    }
    SECTION("its owner still runs (a second copy of the app): it is left alone")
    {
        OpenResult opened = HistoryStore::open(path, as_owner(current_owner(), true));
        REQUIRE(opened.outcome == OpenOutcome::ok);
        CHECK(opened.interrupted_sessions == 0);
        CHECK(opened.store->session(id).value.status == SessionStatus::in_progress);
    }
    SECTION("its owner is gone: interrupted at its last step, steps and totals kept")
    {
        OpenResult opened = HistoryStore::open(path, as_owner(current_owner(), false));
        REQUIRE(opened.outcome == OpenOutcome::ok);
        CHECK(opened.interrupted_sessions == 1);
        const auto session = opened.store->session(id).value;
        CHECK(session.status == SessionStatus::interrupted);
        CHECK(session.ended_at == utc(kMonday + 150));
        CHECK(session.steps.size() == 2);
        CHECK(session.totals == SessionTotals{61, 20});
        // Opening again finds nothing more to do.
        CHECK(HistoryStore::open(path, as_owner(current_owner(), false)).interrupted_sessions == 0);
    }
}

TEST_CASE("a session interrupted before its first step ends at its start")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    const auto id =
        open_ok(path, as_owner(kOtherInstance, true))->begin_session(sample_start()).value;
    auto store = open_ok(path, as_owner(current_owner(), false));
    const auto session = store->session(id).value;
    CHECK(session.status == SessionStatus::interrupted);
    CHECK(session.ended_at == sample_start().started_at);
}

TEST_CASE("a session wrongly marked interrupted comes back when its owner writes again")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    auto owner = open_ok(path, as_owner(kOtherInstance, true));
    const auto id = owner->begin_session(sample_start()).value;
    auto other = open_ok(path, as_owner(current_owner(), false));
    REQUIRE(other->session(id).value.status == SessionStatus::interrupted);
    REQUIRE(owner->add_step(id, sample_step(0, kMonday + 9 * 3600), {30, 0}).ok());
    const auto session = other->session(id).value;
    CHECK(session.status == SessionStatus::in_progress);
    CHECK_FALSE(session.ended_at);
}

TEST_CASE("a real process that died leaves its session to be marked interrupted")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    const auto child = run_in_child([&] {
        auto opened = HistoryStore::open(path);
        if (!opened.store)
            return opened.message;
        const auto id = opened.store->begin_session(sample_start());
        opened.store->add_step(id.value, sample_step(0, kMonday + 9 * 3600), {30, 0});
        return std::to_string(id.value); // and it exits without finishing
    });
    REQUIRE(child.exit_code == 0);
    OpenResult opened = HistoryStore::open(path); // the real owner probe
    REQUIRE(opened.outcome == OpenOutcome::ok);
    CHECK(opened.interrupted_sessions == 1);
    const auto session = opened.store->session(std::stoll(child.output)).value;
    CHECK(session.status == SessionStatus::interrupted);
    CHECK(session.steps.size() == 1);
}

TEST_CASE("owner_alive: this process is, another boot or a finished process is not")
{
    const OwnerId me = current_owner();
    CHECK(owner_alive(me));
    CHECK(me.start_time > 0);
    OwnerId other_boot = me;
    other_boot.boot_id = "00000000-0000-0000-0000-000000000000";
    CHECK_FALSE(owner_alive(other_boot));
    OwnerId reused = me;
    reused.start_time = me.start_time + 1; // same pid, a different process
    CHECK_FALSE(owner_alive(reused));

    const auto child = run_in_child([] { return std::to_string(::getpid()); });
    REQUIRE(child.exit_code == 0);
    CHECK_FALSE(owner_alive(OwnerId{me.boot_id, std::stoll(child.output), 0}));
}

TEST_CASE("a version 1 history opens with all its sessions and steps")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    raw_exec(path, read_bytes(fs::path(UNKNOT_TEST_DATA) / "history/history-v1.sql"));
    auto store = open_ok(path);
    const auto all = store->all_sessions({.with_steps = true, .with_snapshot = true});
    REQUIRE(all.ok());
    REQUIRE(all.value.size() == 2);
    const SessionRecord& first = all.value[0];
    CHECK(first.routine_title == "Desk reset");
    CHECK(first.snapshot == R"({"id":"desk-reset"})");
    CHECK(first.notes == "Felt looser, \"much\" better");
    CHECK(first.pain_before == 6);
    CHECK(first.pain_after == 3);
    CHECK(first.totals == SessionTotals{300.5, 120});
    REQUIRE(first.steps.size() == 4);
    CHECK(first.steps[1].outcome == StepOutcome::stopped_for_pain);
    CHECK(first.steps[2].side == StepSide::alternating);
    CHECK(first.steps[2].target_reps == 6);
    CHECK(first.steps[3].kind == StepKind::timed);
    for (const StepRecord& step : first.steps) { // version 1 asked nothing of them
        CHECK_FALSE(step.hurt_choice);
        CHECK(step.variation.empty());
    }
    CHECK(all.value[1].status == SessionStatus::interrupted);
    CHECK(all.value[1].utc_offset_minutes == -300);
    CHECK(store->begin_session(sample_start()).value == 3);

    // A step with an answer to "this hurts" goes into the migrated file.
    StepRecord hurt = sample_step(0, kMonday + 8 * 3600 + 60);
    hurt.outcome = StepOutcome::stopped_for_pain;
    hurt.hurt_choice = HurtChoice::skip;
    REQUIRE(store->add_step(3, hurt, {30, 0}));
    CHECK(store->session(3).value.steps.at(0).hurt_choice == HurtChoice::skip);
}

TEST_CASE("a migrated version 1 history has exactly the schema of a new one")
{
    TempDir dir;
    const auto old_file = dir / "old.sqlite3";
    raw_exec(old_file, read_bytes(fs::path(UNKNOT_TEST_DATA) / "history/history-v1.sql"));
    open_ok(old_file);
    const auto new_file = dir / "new.sqlite3";
    open_ok(new_file);
    CHECK(raw_query(old_file, "PRAGMA user_version") == std::to_string(kHistorySchemaVersion));
    CHECK(describe_schema(old_file) == describe_schema(new_file));
    CHECK_THAT(describe_schema(new_file), Catch::Contains("sessions.id CASCADE"));
}
