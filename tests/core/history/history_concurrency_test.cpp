// Two copies of the app writing to one history at once: no "database is locked", no lost row.
#include "core/history/history_store.h"

#include "history_test_support.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace unknot;
using namespace unknot::test;

namespace {

constexpr int kStepsPerWriter = 60;

// Opens (creating and migrating the file if it is the first), records a session of
// kStepsPerWriter steps, and finishes it. Returns "ok ID" or the first error.
std::string write_session(const fs::path& path, int writer)
{
    OpenResult opened = HistoryStore::open(path);
    if (!opened.store)
        return "open: " + opened.message;
    SessionStart start = sample_start(kMonday + writer * 3600);
    start.routine_id = "writer-" + std::to_string(writer);
    const auto id = opened.store->begin_session(start);
    if (!id)
        return "begin: " + id.status.message;
    SessionTotals totals;
    for (int i = 0; i < kStepsPerWriter; ++i) {
        StepRecord step = sample_step(i, kMonday + writer * 3600 + i);
        totals.active_seconds += step.active_seconds;
        if (const auto status = opened.store->add_step(id.value, step, totals); !status)
            return "step " + std::to_string(i) + ": " + status.message;
    }
    const SessionEnd end{SessionStatus::completed, utc(kMonday + writer * 3600 + 999), totals, 2,
                         ""};
    if (const auto status = opened.store->finish_session(id.value, end); !status)
        return "finish: " + status.message;
    return "ok " + std::to_string(id.value);
}

void check_all_rows(const fs::path& path, int writers)
{
    auto store = open_ok(path);
    const auto all = store->all_sessions();
    REQUIRE(all.ok());
    REQUIRE(all.value.size() == static_cast<std::size_t>(writers));
    for (int w = 0; w < writers; ++w) {
        const SessionRecord& s = all.value[static_cast<std::size_t>(w)];
        CHECK(s.routine_id == "writer-" + std::to_string(w));
        CHECK(s.status == SessionStatus::completed);
        REQUIRE(s.steps.size() == kStepsPerWriter);
        for (int i = 0; i < kStepsPerWriter; ++i)
            CHECK(s.steps[static_cast<std::size_t>(i)] == sample_step(i, kMonday + w * 3600 + i));
    }
}

struct Writer {
    pid_t pid = -1;
    int out = -1;
};

// A child that waits for the `go` pipe to close, then writes its session and reports on its pipe.
Writer start_writer(const fs::path& path, int writer, const int (&go)[2])
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        ::close(go[1]);
        char byte;
        while (::read(go[0], &byte, 1) > 0) {
        }
        const std::string result = write_session(path, writer);
        const bool sent =
            ::write(fds[1], result.data(), result.size()) == static_cast<ssize_t>(result.size());
        ::_exit(sent ? 0 : 3);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

std::string finish_writer(const Writer& writer)
{
    std::string out;
    char buffer[512];
    for (ssize_t n; (n = ::read(writer.out, buffer, sizeof buffer)) > 0;)
        out.append(buffer, static_cast<std::size_t>(n));
    ::close(writer.out);
    int status = 0;
    ::waitpid(writer.pid, &status, 0);
    return out;
}

} // namespace

TEST_CASE("two processes creating and writing one history at once lose nothing")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    int go[2];
    REQUIRE(::pipe(go) == 0);
    const Writer first = start_writer(path, 0, go);
    const Writer second = start_writer(path, 1, go);
    ::close(go[0]);
    ::close(go[1]); // both start now
    const std::string a = finish_writer(first);
    const std::string b = finish_writer(second);
    CHECK_THAT(a, Catch::StartsWith("ok "));
    CHECK_THAT(b, Catch::StartsWith("ok "));
    check_all_rows(path, 2);
}

TEST_CASE("two stores on two threads write one history at once and lose nothing")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    std::string results[2];
    std::thread first([&] { results[0] = write_session(path, 0); });
    std::thread second([&] { results[1] = write_session(path, 1); });
    first.join();
    second.join();
    CHECK_THAT(results[0], Catch::StartsWith("ok "));
    CHECK_THAT(results[1], Catch::StartsWith("ok "));
    check_all_rows(path, 2);
}
