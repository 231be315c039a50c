// libFuzzer target for the history file: any bytes as history.sqlite3 go through open_history (the
// checks before SQLite writes, moving a damaged file aside, recovery of interrupted sessions),
// then a session is recorded, read back and exported. A crash, a sanitizer report or a broken
// promise of the API (see below) is a finding. Damaged pages and hostile schemas come from the
// seeds this target writes itself (UNKNOT_HISTORY_SEEDS=DIR, see scripts/fuzz.sh): a real history,
// the same with triggers on our tables, with a view in place of a table, and an empty database.
//
//   scripts/fuzz.sh [SECONDS]
#include "core/history/history_export.h"
#include "core/history/history_stats.h"
#include "core/history/history_store.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

using namespace unknot;
namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "history_fuzzer: %s\n", what.c_str());
    std::abort();
}

void require(bool condition, const std::string& what)
{
    if (!condition)
        fail(what);
}

constexpr std::int64_t kMonday = 1718582400; // 2024-06-17T00:00:00Z
const sys_seconds kNow{std::chrono::seconds{kMonday + 7 * 86400}};

std::string read_bytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    require(out.good(), "cannot write " + path.string());
}

// A folder of this process's own, in memory when there is /dev/shm: the store syncs every commit.
const fs::path& work_folder()
{
    static const fs::path folder = [] {
        const fs::path base =
            fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path made = base / ("unknot-history-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(made);
        return made;
    }();
    return folder;
}

void empty_folder(const fs::path& folder)
{
    for (const auto& entry : fs::directory_iterator(folder))
        fs::remove_all(entry.path());
}

SessionStart sample_start(std::int64_t started)
{
    SessionStart start;
    start.routine_id = "desk-reset";
    start.routine_title = "Desk reset";
    start.snapshot = R"({"id":"desk-reset","title":"Desk reset","steps":[]})";
    start.started_at = sys_seconds{std::chrono::seconds{started}};
    start.utc_offset_minutes = 120;
    start.pain_before = 6;
    return start;
}

StepRecord sample_step(int n, std::int64_t finished)
{
    StepRecord step;
    step.exercise_id = "thoracic-extension";
    step.exercise_name = "Thoracic extension";
    step.kind = StepKind::hold;
    step.set = 1;
    step.sets = 1;
    step.phase = n;
    step.target_seconds = 30;
    step.active_seconds = 30;
    step.outcome = StepOutcome::done;
    step.finished_at = sys_seconds{std::chrono::seconds{finished}};
    return step;
}

// Raw SQL on a seed file, the way someone else's program would write it.
void raw_exec(const fs::path& path, const char* sql)
{
    sqlite3* db = nullptr;
    require(sqlite3_open(path.c_str(), &db) == SQLITE_OK, "cannot open a seed");
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    require(rc == SQLITE_OK, "seed SQL failed: " + message);
}

// A real history: a few sessions, one left in progress by a process that is gone.
void write_real_history(const fs::path& path)
{
    OpenResult opened = HistoryStore::open(path);
    require(opened.outcome == OpenOutcome::ok, "cannot make a seed: " + opened.message);
    for (int i = 0; i < 4; ++i) {
        const std::int64_t at = kMonday + i * 86400;
        const auto id = opened.store->begin_session(sample_start(at)).value;
        opened.store->add_step(id, sample_step(0, at + 60), {30, 0});
        if (i < 3)
            opened.store->finish_session(
                id, {SessionStatus::completed, sys_seconds{std::chrono::seconds{at + 90}}, 30, 0});
    }
    opened.store.reset(); // the last connection closes: the -wal goes into the file
    raw_exec(path, "UPDATE sessions SET owner_pid = 1, owner_boot_id = 'gone' "
                   "WHERE status = 'in_progress'");
}

void write_seeds(const fs::path& folder)
{
    fs::create_directories(folder);
    const fs::path scratch = work_folder() / "seed.sqlite3";
    const auto keep = [&](const char* name) {
        fs::copy_file(scratch, folder / name, fs::copy_options::overwrite_existing);
        empty_folder(work_folder());
    };
    write_real_history(scratch);
    keep("history-real.sqlite3");
    write_real_history(scratch);
    raw_exec(scratch, "CREATE TABLE canary (what TEXT);"
                      "CREATE TRIGGER on_session AFTER INSERT ON sessions BEGIN "
                      "  INSERT INTO canary VALUES ('ran'); END;"
                      "CREATE TRIGGER on_update AFTER UPDATE ON sessions BEGIN "
                      "  UPDATE sessions SET routine_title = 'changed'; END;"
                      "CREATE TRIGGER on_step AFTER INSERT ON steps BEGIN "
                      "  DELETE FROM steps WHERE id = NEW.id; END;");
    keep("history-triggers.sqlite3");
    write_real_history(scratch);
    raw_exec(scratch, "ALTER TABLE sessions RENAME TO kept;"
                      "CREATE VIEW sessions AS SELECT * FROM kept;"
                      "CREATE TRIGGER instead INSTEAD OF INSERT ON sessions BEGIN "
                      "  INSERT INTO kept (routine_id, routine_title, snapshot, snapshot_hash, "
                      "  started_at, utc_offset_minutes, status) VALUES ('x', 'changed', '', '', "
                      "  0, 0, 'completed'); END;");
    keep("history-view.sqlite3");
    raw_exec(scratch, "CREATE TABLE t (x); DROP TABLE t;"); // one page, no tables
    keep("history-empty-database.sqlite3");
}

// A session recorded in the opened history reads back as written: nothing the file holds may run
// on our writes (a trigger) or stand in for our tables (a view).
void record_and_read_back(HistoryStore& store)
{
    const std::int64_t at = kMonday + 6 * 86400;
    const auto begun = store.begin_session(sample_start(at));
    if (!begun)
        return; // a damaged page that quick_check does not see fails the write: that is fine
    const bool step_saved = store.add_step(begun.value, sample_step(0, at + 60), {30, 0}).ok();
    const bool finished =
        store
            .finish_session(begun.value, {SessionStatus::completed,
                                          sys_seconds{std::chrono::seconds{at + 90}}, 30, 0})
            .ok();
    const auto read = store.session(begun.value);
    if (!read || !step_saved || !finished)
        return;
    require(read.value.routine_title == "Desk reset", "a session reads back changed");
    require(read.value.steps.size() == 1, "a session's step is missing or doubled");
}

void read_everything(const HistoryStore& store)
{
    const auto sessions = store.all_sessions({.with_steps = true});
    if (!sessions)
        return;
    std::ostringstream csv;
    export_history(store, csv);
    const auto stats = routine_stats(sessions.value);
    const WeekCounts weeks = count_weeks(sessions.value, weekday{1});
    streaks(weeks, 3, local_days{std::chrono::days{19900}});
    require(stats.size() <= sessions.value.size(), "more routines than sessions");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* seeds = std::getenv("UNKNOT_HISTORY_SEEDS"))
        write_seeds(seeds);
    std::atexit([] { fs::remove_all(work_folder()); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const fs::path folder = work_folder();
    empty_folder(folder);
    const fs::path path = folder / "history.sqlite3";
    write_bytes(path, bytes);

    HistoryStoreOptions options;
    options.owner_is_alive = [](const OwnerId& owner) { return owner.boot_id != "gone"; };
    options.busy_timeout_ms = 100;
    OpenResult opened = open_history(path, kNow, options);
    require(opened.outcome == OpenOutcome::ok || opened.outcome == OpenOutcome::newer_schema ||
                opened.outcome == OpenOutcome::cannot_open,
            "open_history gave an outcome it does not promise");
    require((opened.outcome == OpenOutcome::ok) == (opened.store != nullptr),
            "a store without ok, or ok without a store");
    if (opened.moved_aside) {
        require(read_bytes(*opened.moved_aside) == bytes, "the moved-aside file changed");
        require(!opened.message.empty(), "moved aside without a word");
    } else if (opened.outcome != OpenOutcome::ok) {
        require(read_bytes(path) == bytes, "a refused file was changed");
        require(!opened.message.empty(), "refused without a word");
    }
    if (opened.store) {
        read_everything(*opened.store);
        record_and_read_back(*opened.store);
    }
    return 0;
}
