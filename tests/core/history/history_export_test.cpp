#include "core/base/atomic_write.h"
#include "core/history/history_export.h"
#include "history_stats_support.h"
#include "history_test_support.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <sys/stat.h>

using namespace unknot;
using namespace unknot::test;
using namespace std::chrono;

namespace {

std::vector<std::string> lines_of(const std::string& csv)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(csv.substr(start, end - start));
    CHECK(start == csv.size()); // every row ends with CRLF
    return lines;
}

SessionRecord exported_session()
{
    SessionRecord s = with_pain(session_at(local_days{2024y / June / 17}, 10h, 120), 6, 3);
    s.id = 7;
    s.routine_title = "Desk reset";
    StepRecord step = sample_step(0, s.started_at.time_since_epoch().count() + 95);
    step.exercise_name = "Thoracic extension";
    step.active_seconds = 30.5;
    StepRecord hurt = sample_step(1, s.started_at.time_since_epoch().count() + 200);
    hurt.outcome = StepOutcome::stopped_for_pain;
    hurt.reps_done = 4;
    hurt.hurt_choice = HurtChoice::easier;
    hurt.variation = "On a chair, slowly";
    s.steps = {step, hurt};
    return s;
}

} // namespace

TEST_CASE("the export has a header row and one row per step with the session repeated",
          "[history_export]")
{
    const std::vector<SessionRecord> sessions{exported_session()};
    const std::vector<std::string> lines = lines_of(history_csv(sessions));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          "session_id,routine_id,routine_title,status,started_at,ended_at,active_seconds,"
          "rest_seconds,pain_before,pain_after,notes,step,exercise_id,exercise_name,kind,side,set,"
          "sets,target_seconds,target_reps,step_active_seconds,reps_done,outcome,step_finished_at,"
          "hurt_choice,variation");
    CHECK(lines[1] ==
          "7,desk-reset,Desk reset,completed,2024-06-17T10:00:00+02:00,"
          "2024-06-17T10:12:00+02:00,600,120,6,3,,1,thoracic-extension,"
          "Thoracic extension,hold,left,1,2,30,,30.5,,done,2024-06-17T10:01:35+02:00,,");
    CHECK(lines[2].starts_with("7,desk-reset,Desk reset,completed,2024-06-17T10:00:00+02:00,"));
    CHECK(lines[2].ends_with(",2,thoracic-extension,Thoracic extension 1,reps,none,2,2,,10,31.5,"
                             "4,stopped_for_pain,2024-06-17T10:03:20+02:00,easier,\"On a chair, "
                             "slowly\""));
}

TEST_CASE("a session without steps has one row with empty step columns", "[history_export]")
{
    SessionRecord s =
        session_at(local_days{2024y / June / 17}, 10h, -300, SessionStatus::interrupted, 0);
    s.id = 3;
    s.ended_at.reset();
    const std::vector<SessionRecord> sessions{s};
    const std::vector<std::string> lines = lines_of(history_csv(sessions));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == "3,desk-reset,Desk reset,interrupted,2024-06-17T10:00:00-05:00,,0,120,,,,"
                      ",,,,,,,,,,,,,,");
    CHECK(std::count(lines[1].begin(), lines[1].end(), ',') == 25);
}

TEST_CASE("text with commas, quotes and line breaks is quoted, bad UTF-8 is replaced",
          "[history_export]")
{
    SessionRecord s = exported_session();
    s.steps.clear();
    s.routine_title = "Stretch, \"gently\"";
    s.notes = "line one\nline two\r\nрусский 日本語";
    s.routine_id = std::string("bad\xff") + "id";
    const std::vector<SessionRecord> sessions{s};
    const std::string csv = history_csv(sessions);
    CHECK(csv.find(",\"Stretch, \"\"gently\"\"\",") != std::string::npos);
    CHECK(csv.find(",\"line one\nline two\r\nрусский 日本語\",") != std::string::npos);
    CHECK(csv.find(",bad\xEF\xBF\xBDid,") != std::string::npos);
}

TEST_CASE("export_history_file writes the whole history atomically", "[history_export]")
{
    TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    const auto id = store->begin_session(sample_start());
    REQUIRE(id.ok());
    REQUIRE(store->add_step(id.value, sample_step(0, kMonday + 8 * 3600 + 60), {30, 0}));
    REQUIRE(store->update_notes(id.value, "sore, \"but\" better"));

    const fs::path out = dir / "history.csv";
    write_bytes(out, "old contents");
    REQUIRE(export_history_file(*store, out));
    const std::string csv = read_bytes(out);
    CHECK(lines_of(csv).size() == 2);
    CHECK(csv.find("\"sore, \"\"but\"\" better\"") != std::string::npos);

    std::ostringstream stream;
    REQUIRE(export_history(*store, stream));
    CHECK(stream.str() == csv);
    // No temporary file is left behind.
    for (const auto& entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("an unwritable export path is a clear error and changes nothing", "[history_export]")
{
    TempDir dir;
    fs::permissions(dir.path(), static_cast<fs::perms>(0755));
    const fs::path locked = dir / "locked";
    fs::create_directory(locked);
    write_bytes(locked / "history.csv", "old");
    fs::permissions(locked, static_cast<fs::perms>(0555));

    // root ignores permissions: the child gives up root before it tries.
    const auto child = run_in_child([&] {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return std::string("could not drop root");
        return write_file_atomically(locked / "history.csv", "new").value_or("no error");
    });
    CHECK(child.exit_code == 0);
    CHECK(child.output ==
          "Cannot write \"" + (locked / "history.csv").string() + "\": Permission denied");
    CHECK(read_bytes(locked / "history.csv") == "old");
    CHECK(std::distance(fs::directory_iterator(locked), fs::directory_iterator()) == 1);

    const auto missing = write_file_atomically(dir / "no-such-folder" / "x.csv", "new");
    REQUIRE(missing);
    CHECK(missing->ends_with(": No such file or directory"));
    const auto under_file = write_file_atomically(locked / "history.csv" / "x.csv", "new");
    REQUIRE(under_file);
    CHECK(under_file->ends_with(": Not a directory"));
    const auto folder = write_file_atomically(dir.path() / "", "x");
    REQUIRE(folder);
    CHECK(folder->ends_with("it names a folder, not a file"));
}

TEST_CASE("a new export is private to its owner, a replaced one keeps its mode", "[history_export]")
{
    TempDir dir;
    REQUIRE_FALSE(write_file_atomically(dir / "new.csv", "a"));
    struct stat info {};
    REQUIRE(::stat((dir / "new.csv").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    write_bytes(dir / "shared.csv", "old");
    fs::permissions(dir / "shared.csv", static_cast<fs::perms>(0644));
    REQUIRE_FALSE(write_file_atomically(dir / "shared.csv", "b"));
    REQUIRE(::stat((dir / "shared.csv").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644);
    CHECK(read_bytes(dir / "shared.csv") == "b");
}

TEST_CASE("the export command: exit codes and messages", "[history_export]")
{
    TempDir dir;
    const fs::path db = dir / "history.sqlite3";
    std::ostringstream out;
    std::ostringstream err;

    SECTION("no history yet: the header row alone, and no database is created")
    {
        CHECK(export_history_command(db, "-", out, err) == 0);
        CHECK(lines_of(out.str()).size() == 1);
        CHECK_THAT(err.str(), Catch::Contains("no sessions recorded yet"));
        CHECK_FALSE(fs::exists(db));
    }
    SECTION("a history goes to standard output or to a file")
    {
        auto store = open_ok(db);
        REQUIRE(store->begin_session(sample_start()).ok());
        store.reset();
        CHECK(export_history_command(db, "-", out, err) == 0);
        CHECK(err.str().empty());
        CHECK(lines_of(out.str()).size() == 2);
        CHECK(export_history_command(db, (dir / "out.csv").string(), out, err) == 0);
        CHECK(read_bytes(dir / "out.csv") == out.str());
    }
    SECTION("a damaged database is reported and left alone")
    {
        write_bytes(db, std::string(4096, 'x'));
        CHECK(export_history_command(db, "-", out, err) == 1);
        CHECK(out.str().empty());
        CHECK_THAT(err.str(), Catch::StartsWith("unknot: ") && Catch::Contains("not a database"));
        CHECK(read_bytes(db) == std::string(4096, 'x'));
    }
    SECTION("an unwritable target is exit 1 with the path and the reason")
    {
        write_bytes(dir / "file", "x");
        CHECK(export_history_command(db, (dir / "file" / "out.csv").string(), out, err) == 1);
        CHECK_THAT(err.str(),
                   Catch::Contains("unknot: Cannot write \"" + (dir / "file" / "out.csv").string() +
                                   "\": Not a directory"));
    }
}
