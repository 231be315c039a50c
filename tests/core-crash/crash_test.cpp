// Kills a child that records a session (crash_child) with SIGKILL at random moments; after each
// kill the file is intact, every step the child reported as committed is there, and the session
// reads as interrupted. Built into core_tests by tests/crash.cmake.
#include "core/history/history_store.h"

#include "../core/history/history_test_support.h"
#include "crash_steps.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <poll.h>
#include <random>
#include <spawn.h>

using namespace unknot;
using namespace unknot::test;

namespace {

constexpr int kMaxTrials = 30;
constexpr auto kTimeBudget = std::chrono::seconds(20);

// What the child printed before it died.
struct Report {
    std::optional<std::int64_t> session;
    int committed = 0;
    bool finished = false;
};

class Child {
public:
    explicit Child(const fs::path& history)
    {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        const std::string program = UNKNOT_CRASH_CHILD;
        const std::string file = history.string();
        char* argv[] = {const_cast<char*>(program.c_str()), const_cast<char*>(file.c_str()),
                        const_cast<char*>("1000000"), nullptr};
        const int rc = posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        out_ = fds[0];
        REQUIRE(rc == 0);
    }
    ~Child() { ::close(out_); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    // Reads what the child prints until it has reported `lines` committed steps (any number
    // when negative), or until `until`, or until it ends.
    void read(int lines, std::chrono::steady_clock::time_point until)
    {
        using namespace std::chrono;
        while (!ended_ && (lines < 0 || report_.committed < lines)) {
            const auto left = duration_cast<milliseconds>(until - steady_clock::now()).count();
            pollfd fd{out_, POLLIN, 0};
            if (left < 0 || ::poll(&fd, 1, static_cast<int>(left)) <= 0)
                return;
            read_once();
        }
    }

    Report kill_and_report()
    {
        ::kill(pid_, SIGKILL);
        int status = 0;
        ::waitpid(pid_, &status, 0); // reaped: its pid is gone, as after a real crash
        while (!ended_)
            read_once(); // whatever it printed before it died
        return report_;
    }

private:
    void read_once()
    {
        char buffer[4096];
        const ssize_t n = ::read(out_, buffer, sizeof buffer);
        if (n <= 0)
            ended_ = true;
        else
            parse(std::string_view(buffer, static_cast<std::size_t>(n)));
    }

    void parse(std::string_view chunk)
    {
        partial_.append(chunk);
        for (auto end = partial_.find('\n'); end != std::string::npos; end = partial_.find('\n')) {
            const std::string line = partial_.substr(0, end);
            partial_.erase(0, end + 1);
            if (line.rfind("session ", 0) == 0)
                report_.session = std::stoll(line.substr(8));
            else if (line.rfind("committed ", 0) == 0)
                report_.committed = std::stoi(line.substr(10));
            else if (line == "finished")
                report_.finished = true;
        }
    }

    pid_t pid_ = -1;
    int out_ = -1;
    bool ended_ = false;
    std::string partial_;
    Report report_;
};

void check_after_crash(const fs::path& path, const Report& report)
{
    INFO("session " << report.session.value_or(-1) << ", committed " << report.committed);
    if (!fs::exists(path)) { // killed before it created the history (a slow start, e.g. ASan)
        CHECK_FALSE(report.session);
        CHECK(report.committed == 0);
        return;
    }
    REQUIRE(raw_query(path, "PRAGMA integrity_check") == "ok");
    auto store = open_ok(path); // recovers the dead child's session
    const auto all = store->all_sessions();
    REQUIRE(all.ok());
    for (const SessionRecord& s : all.value)
        CHECK(s.status == SessionStatus::interrupted);
    if (!report.session)
        return; // killed before it could say: its session, if any, was checked above
    const auto session = store->session(*report.session);
    REQUIRE(session.ok());
    CHECK(session.value.routine_id == kCrashRoutineId);
    // Every reported step is there; one more may have committed before it could say so.
    REQUIRE(session.value.steps.size() >= static_cast<std::size_t>(report.committed));
    REQUIRE(session.value.steps.size() <= static_cast<std::size_t>(report.committed) + 1);
    for (std::size_t i = 0; i < session.value.steps.size(); ++i)
        CHECK(session.value.steps[i] == crash_step(static_cast<int>(i)));
    if (!session.value.steps.empty())
        CHECK(session.value.ended_at == session.value.steps.back().finished_at);
}

} // namespace

TEST_CASE("a session killed at random moments keeps every step it reported committed")
{
    TempDir dir;
    const auto path = dir / "history.sqlite3";
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> lines(0, 25);
    std::uniform_int_distribution<int> extra_ms(0, 3);
    const auto deadline = std::chrono::steady_clock::now() + kTimeBudget;
    int trials = 0;
    int killed_mid_session = 0;
    while (trials < kMaxTrials && std::chrono::steady_clock::now() < deadline) {
        Child child(path);
        const auto now = std::chrono::steady_clock::now();
        child.read(lines(random), now + std::chrono::seconds(10));
        // ...and then a random moment a little later, most likely in the middle of a commit.
        child.read(-1,
                   std::chrono::steady_clock::now() + std::chrono::milliseconds(extra_ms(random)));
        const Report report = child.kill_and_report();
        REQUIRE_FALSE(report.finished);
        check_after_crash(path, report);
        killed_mid_session += report.committed > 0 ? 1 : 0;
        ++trials;
    }
    CHECK(trials >= 10);
    CHECK(killed_mid_session >= trials / 2);
}
