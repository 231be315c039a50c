// Helpers for the history store tests: temporary folders, file bytes, sample records, child
// processes.
#pragma once

#include "core/history/history_store.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace unknot::test {

namespace fs = std::filesystem;

inline sys_seconds utc(std::int64_t seconds)
{
    return sys_seconds{std::chrono::seconds{seconds}};
}

inline constexpr std::int64_t kMonday = 1718582400; // 2024-06-17T00:00:00Z, a Monday

inline SessionStart sample_start(std::int64_t started = kMonday + 8 * 3600)
{
    SessionStart start;
    start.routine_id = "desk-reset";
    start.routine_title = "Desk reset";
    start.snapshot = R"({"id":"desk-reset","title":"Desk reset","steps":[]})";
    start.started_at = utc(started);
    start.utc_offset_minutes = 120;
    start.pain_before = 6;
    return start;
}

inline StepRecord sample_step(int n, std::int64_t finished)
{
    StepRecord step;
    step.exercise_id = "thoracic-extension";
    step.exercise_name = "Thoracic extension " + std::to_string(n);
    step.kind = n % 2 == 0 ? StepKind::hold : StepKind::reps;
    step.side = n % 3 == 0 ? StepSide::left : StepSide::none;
    step.set = 1 + n % 2;
    step.sets = 2;
    if (step.kind == StepKind::hold) {
        step.target_seconds = 30;
    } else {
        step.target_reps = 10;
        step.reps_done = 10;
    }
    step.active_seconds = 30.5 + n;
    step.outcome = n % 5 == 4 ? StepOutcome::skipped : StepOutcome::done;
    step.finished_at = utc(finished);
    return step;
}

inline std::unique_ptr<HistoryStore> open_ok(const fs::path& path, HistoryStoreOptions options = {})
{
    OpenResult opened = HistoryStore::open(path, std::move(options));
    INFO(opened.message);
    REQUIRE(opened.outcome == OpenOutcome::ok);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

// A value from a raw SQLite query, to look at the file without the store.
inline std::string raw_query(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

inline void raw_exec(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

struct ChildResult {
    int exit_code = -1; // -1 when the child did not exit normally
    std::string output; // what the child wrote to its pipe
};

// Runs `body` in a forked child; what it returns is sent back through a pipe. The child never
// returns into Catch: it leaves with _exit.
inline ChildResult run_in_child(const std::function<std::string()>& body)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        std::string out;
        try {
            out = body();
        } catch (const std::exception& e) {
            out = std::string("exception: ") + e.what();
        }
        const ssize_t written = ::write(fds[1], out.data(), out.size());
        ::_exit(written == static_cast<ssize_t>(out.size()) ? 0 : 3);
    }
    ::close(fds[1]);
    ChildResult result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        result.output.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status))
        result.exit_code = WEXITSTATUS(status);
    return result;
}

} // namespace unknot::test
