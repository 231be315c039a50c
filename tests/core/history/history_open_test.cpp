// Opening the history when the file is not what we expect: nothing is ever lost or overwritten.
#include "core/history/history_schema.h"
#include "core/history/history_store.h"

#include "history_test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace unknot;
using namespace unknot::test;

namespace {

const sys_seconds kNow = utc(kMonday + 8 * 3600 + 30 * 60); // 2024-06-17T08:30:00Z

std::set<std::string> names_in(const fs::path& dir)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

// A real history with enough pages to damage, closed cleanly (no -wal left).
void write_history(const fs::path& path)
{
    auto store = open_ok(path);
    for (int i = 0; i < 40; ++i) {
        SessionStart start = sample_start(kMonday + i * 3600);
        start.snapshot = std::string(4000, static_cast<char>('a' + i % 26));
        const auto id = store->begin_session(start).value;
        REQUIRE(store->add_step(id, sample_step(i, kMonday + i * 3600 + 60), {30, 0}).ok());
    }
}

// Opens a bad file: the store refuses it untouched, then open_history moves it aside whole.
void check_moved_aside(const fs::path& path, const std::string& reason)
{
    const std::string bytes = read_bytes(path);
    const OpenResult refused = HistoryStore::open(path);
    CHECK(refused.outcome == OpenOutcome::damaged);
    CHECK_THAT(refused.message, Catch::Contains(reason));
    CHECK_FALSE(refused.store);
    CHECK(read_bytes(path) == bytes);

    const OpenResult opened = open_history(path, kNow);
    INFO(opened.message);
    REQUIRE(opened.outcome == OpenOutcome::ok);
    const fs::path aside = path.string() + ".corrupt-20240617T083000Z";
    REQUIRE(opened.moved_aside == aside);
    CHECK(read_bytes(aside) == bytes);
    CHECK_THAT(opened.message, Catch::Contains(reason) && Catch::Contains(aside.string()));
    REQUIRE(opened.store->begin_session(sample_start()).ok());
    CHECK(opened.store->all_sessions().value.size() == 1);
}

} // namespace

TEST_CASE("a file that is not a database is moved aside with its -wal and -shm, bytes intact")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    std::string junk;
    for (int i = 0; i < 200; ++i)
        junk += "These are my notes, not a database. ";
    write_bytes(path, junk);
    write_bytes(dir / "history.sqlite3-wal", "stale wal bytes");
    write_bytes(dir / "history.sqlite3-shm", "stale shm bytes");

    check_moved_aside(path, "is not a database");
    CHECK(read_bytes(dir / "history.sqlite3.corrupt-20240617T083000Z-wal") == "stale wal bytes");
    CHECK(read_bytes(dir / "history.sqlite3.corrupt-20240617T083000Z-shm") == "stale shm bytes");
    CHECK(raw_query(path, "PRAGMA application_id") == std::to_string(kHistoryApplicationId));
}

TEST_CASE("a truncated history is moved aside and a new one started")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_history(path);
    REQUIRE_FALSE(fs::exists(dir / "history.sqlite3-wal"));
    const std::string whole = read_bytes(path);
    REQUIRE(whole.size() > 100'000);
    write_bytes(path, whole.substr(0, whole.size() / 2));
    check_moved_aside(path, "is damaged");
}

TEST_CASE("a history with a damaged page is moved aside")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_history(path);
    std::string bytes = read_bytes(path);
    const std::size_t page = 4096;
    for (std::size_t i = 2 * page; i < 2 * page + 600; ++i) // page 3: the start of a b-tree page
        bytes[i] = static_cast<char>(0xA5);
    write_bytes(path, bytes);
    check_moved_aside(path, "is damaged");
}

TEST_CASE("another application's database is moved aside, never used")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    SECTION("with its own application id")
    {
        raw_exec(path, "PRAGMA application_id = 305419896; CREATE TABLE songs (title TEXT);"
                       "INSERT INTO songs VALUES ('one');");
        check_moved_aside(path, "belongs to another application (application id 0x12345678)");
    }
    SECTION("without an application id but with tables")
    {
        raw_exec(path, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('one');");
        check_moved_aside(path, "belongs to another application (application id 0x00000000)");
    }
}

TEST_CASE("a history from a newer Unknot is refused and left byte for byte as it was")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_history(path);
    raw_exec(path, "PRAGMA user_version = " + std::to_string(kHistorySchemaVersion + 1));
    const std::string bytes = read_bytes(path);
    const auto names = names_in(dir.path());

    const OpenResult opened = open_history(path, kNow);
    CHECK(opened.outcome == OpenOutcome::newer_schema);
    CHECK_FALSE(opened.store);
    CHECK_FALSE(opened.moved_aside);
    CHECK_THAT(opened.message,
               Catch::Contains("newer version of Unknot") && Catch::Contains("left untouched"));
    CHECK(read_bytes(path) == bytes);
    CHECK(names_in(dir.path()) == names);
}

TEST_CASE("an empty file is a new history")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_bytes(path, "");
    auto store = open_ok(path);
    CHECK(store->begin_session(sample_start()).ok());
}

TEST_CASE("a folder where the file should be cannot be opened, and is left alone")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    fs::create_directory(path);
    const OpenResult opened = open_history(path, kNow);
    CHECK(opened.outcome == OpenOutcome::cannot_open);
    CHECK_THAT(opened.message, Catch::Contains("it is not a file"));
    CHECK(fs::is_directory(path));
}

TEST_CASE("a missing data folder is created")
{
    TempDir dir;
    auto store = open_ok(dir / "new/unknot/history.sqlite3");
    CHECK(store->begin_session(sample_start()).ok());
}

// What a person who may not write `folder` gets from each history in it: outcome, whether a store
// came back, how many sessions it reads, whether a write is refused, and the message.
std::string open_as_reader(const fs::path& folder, std::initializer_list<const char*> names)
{
    // root ignores permissions: the child gives up root before it tries.
    const auto child = run_in_child([&] {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return std::string("could not drop root");
        std::string out;
        for (const char* name : names) {
            const OpenResult opened = open_history(folder / name, kNow);
            out += std::to_string(static_cast<int>(opened.outcome)) + " ";
            if (opened.store) {
                const auto sessions = opened.store->all_sessions();
                out += "store of " + std::to_string(sessions.value.size()) + " sessions, " +
                       (opened.store->read_only() ? "read-only" : "writable") + ", a write " +
                       (opened.store->begin_session(sample_start()).ok() ? "works" : "fails");
            } else {
                out += "none";
            }
            out += ": " + opened.message + "\n";
        }
        return out;
    });
    REQUIRE(child.exit_code == 0);
    return child.output;
}

TEST_CASE("a read-only folder: sessions cannot be saved, it says why, and the old ones still read")
{
    TempDir dir;
    const auto all_read = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                          fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(dir.path(), all_read);
    const auto folder = dir / "data";
    fs::create_directory(folder);
    write_history(folder / "old.sqlite3"); // closed: no -wal, no -shm
    {
        auto open = open_ok(folder / "live.sqlite3"); // left open: its -wal and -shm stay
        REQUIRE(open->begin_session(sample_start()).ok());
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::copy_file(folder / (std::string("live.sqlite3") + suffix),
                          folder / (std::string("killed.sqlite3") + suffix));
    }
    REQUIRE(fs::exists(folder / "killed.sqlite3-wal"));
    for (const auto& entry : fs::directory_iterator(folder))
        fs::permissions(entry.path(),
                        fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, all_read & ~(fs::perms::owner_write));
    const std::set<std::string> before = names_in(folder);

    const std::string output =
        open_as_reader(folder, {"history.sqlite3", "old.sqlite3", "killed.sqlite3"});
    INFO(output);
    const std::string read_only = std::to_string(static_cast<int>(OpenOutcome::read_only));
    const std::string why = ": Sessions cannot be saved: the data folder \"" + folder.string() +
                            "\" may not be written\n";
    CHECK(output == read_only + " none" + why + // nothing saved before: nothing to read
                        read_only + " store of 40 sessions, read-only, a write fails" + why +
                        read_only + " store of 1 sessions, read-only, a write fails" + why);
    CHECK(names_in(folder) == before); // no -shm made, nothing moved or created
    fs::permissions(folder, fs::perms::owner_all);
}

TEST_CASE("moving aside never overwrites an earlier moved-aside file")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_bytes(dir / "history.sqlite3.corrupt-20240617T083000Z", "first");
    write_bytes(path, "second, not a database either, long enough to be read as a header......"
                      "..........................................................");
    const auto moved = move_aside(path, kNow);
    REQUIRE(moved.ok());
    CHECK(moved.value == dir / "history.sqlite3.corrupt-20240617T083000Z-2");
    CHECK(read_bytes(dir / "history.sqlite3.corrupt-20240617T083000Z") == "first");
    CHECK_THAT(read_bytes(moved.value), Catch::StartsWith("second"));
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("a hostile schema's triggers and views never run: SQLite's defensive settings")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    write_history(path);
    HistoryStoreOptions dead_owners;
    dead_owners.owner_is_alive = [](const OwnerId&) { return false; };
    // Someone else's triggers on our tables, run by every write the store makes, and a left-over
    // session so that opening recovers it (an UPDATE).
    raw_exec(path, "UPDATE sessions SET status = 'completed', ended_at = started_at + 60;"
                   "UPDATE sessions SET status = 'in_progress', ended_at = NULL WHERE id = 1;"
                   "CREATE TABLE canary (what TEXT);"
                   "CREATE TRIGGER on_session AFTER INSERT ON sessions BEGIN "
                   "  INSERT INTO canary VALUES ('insert trigger ran'); END;"
                   "CREATE TRIGGER on_update AFTER UPDATE ON sessions BEGIN "
                   "  INSERT INTO canary VALUES ('update trigger ran'); END;"
                   "CREATE TRIGGER on_step AFTER INSERT ON steps BEGIN "
                   "  DELETE FROM sessions WHERE id <> NEW.session_id; END;");
    {
        const OpenResult opened = open_history(path, kNow, dead_owners);
        INFO(opened.message);
        REQUIRE(opened.outcome == OpenOutcome::ok);
        CHECK(opened.interrupted_sessions == 1);
        const auto id = opened.store->begin_session(sample_start()).value;
        CHECK(opened.store->add_step(id, sample_step(0, kMonday + 9 * 3600), {30, 0}).ok());
        CHECK(opened.store->all_sessions().value.size() == 41);
    }
    CHECK(raw_query(path, "SELECT count(*) FROM canary") == "0");
    CHECK(raw_query(path, "SELECT count(*) FROM sessions") == "41");

    SECTION("a view in place of a table, with a trigger that writes instead")
    {
        raw_exec(path, "ALTER TABLE sessions RENAME TO kept;"
                       "CREATE VIEW sessions AS SELECT * FROM kept;"
                       "CREATE TRIGGER instead INSTEAD OF INSERT ON sessions BEGIN "
                       "  INSERT INTO canary VALUES ('instead trigger ran'); END;");
        const OpenResult opened = open_history(path, kNow, dead_owners);
        INFO(opened.message);
        if (opened.store) {
            CHECK_FALSE(opened.store->begin_session(sample_start()).ok());
            CHECK_FALSE(opened.store->all_sessions().ok());
        }
        CHECK(raw_query(path, "SELECT count(*) FROM canary") == "0");
    }
}

TEST_CASE("a file with tables but a stale page count in its header is moved aside unchanged")
{
    // Found by the history fuzzer: the header says 0 pages (stale: SQLite then counts the file's
    // two pages), so the file was taken for an empty one, set up, and then moved aside changed.
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    const std::string bytes =
        read_bytes(fs::path(UNKNOT_TEST_DATA) / "history" / "stale-page-count.sqlite3");
    REQUIRE(bytes.size() > 4096);
    write_bytes(path, bytes);
    const OpenResult opened = open_history(path, kNow);
    INFO(opened.message);
    REQUIRE(opened.moved_aside);
    CHECK(read_bytes(*opened.moved_aside) == bytes);
}
