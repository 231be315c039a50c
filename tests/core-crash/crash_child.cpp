// Records one session step by step into the history at argv[1], printing "session ID" once it has
// begun and "committed N" the moment step N is committed, until it has written argv[2] steps.
// tests/core-crash/crash_test.cpp kills it with SIGKILL at random moments.
#include "core/session/session_recorder.h"

#include "crash_steps.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    using namespace unknot;
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_child HISTORY_FILE STEPS\n");
        return 2;
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    OpenResult opened = open_history(argv[1], now);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", opened.message.c_str());
        return 1;
    }
    SessionRecorder recorder(opened.store.get());
    SessionStart start;
    start.routine_id = test::kCrashRoutineId;
    start.routine_title = "Crash test";
    start.snapshot = R"({"id":"crash-test"})";
    start.started_at = now;
    if (!recorder.begin_session(start)) {
        std::fprintf(stderr, "%s\n", recorder.last_error().c_str());
        return 1;
    }
    std::printf("session %lld\n", static_cast<long long>(*recorder.session_id()));
    std::fflush(stdout);
    const int steps = std::atoi(argv[2]);
    for (int n = 0; n < steps; ++n) {
        recorder.record_rest(5);
        if (!recorder.record_step(test::crash_step(n))) {
            std::fprintf(stderr, "step %d: %s\n", n, recorder.last_error().c_str());
            return 1;
        }
        std::printf("committed %d\n", n + 1);
        std::fflush(stdout);
    }
    recorder.finish_session(SessionStatus::completed, now);
    std::printf("finished\n");
    return 0;
}
