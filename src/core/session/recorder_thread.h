// Runs a SessionRecorder on a thread of its own, so that no history write (each commit an fsync)
// waits on the thread that plays the session.
//
// Jobs run one at a time in the order they were posted. The thread opens its own store (one
// HistoryStore per thread) before the first job. status() is what the recorder said after the
// latest job; wait() blocks until every job posted before it has run. The destructor runs the jobs
// still queued, then the recorder's own ending (a session begun and not finished is recorded as
// interrupted), then joins: nothing posted is dropped on the way out. Nothing here throws from
// the thread: a job that throws is reported as a failed write.
#pragma once

#include "core/history/history_store.h"
#include "core/session/session_recorder.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

namespace unknot {

// What the recorder said after its latest job.
struct RecorderStatus {
    bool logging_failed = false;
    std::string last_error;
    std::size_t pending_steps = 0;
    std::optional<std::int64_t> session_id;
    SessionTotals totals;
};

class RecorderThread {
public:
    using Job = std::function<void(SessionRecorder&)>;
    // Run on the thread before the first job. No store (or a null function): nothing is logged,
    // and a message says why, when there is one, as a failed write.
    using OpenStore = std::function<OpenResult()>;
    using Notify = std::function<void()>; // called on the thread after each job

    explicit RecorderThread(OpenStore open, Notify notify = {});
    ~RecorderThread();
    RecorderThread(const RecorderThread&) = delete;
    RecorderThread& operator=(const RecorderThread&) = delete;

    void post(Job job);
    RecorderStatus wait(); // returns once every job posted before has run
    RecorderStatus status() const;

    // Opens a second connection to `store`'s file with its options, for this thread.
    static OpenStore reopening(const HistoryStore& store);

private:
    void run(std::stop_token stop);
    std::optional<Job> next(std::stop_token stop);
    // problem: why the job could not write, beyond what the recorder says (no store, a throw)
    void finished(const SessionRecorder& recorder, const std::string& problem);

    OpenStore open_;
    Notify notify_;
    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::condition_variable done_;
    std::deque<Job> jobs_;
    std::uint64_t posted_ = 0;
    std::uint64_t finished_ = 0;
    RecorderStatus status_;
    std::jthread thread_; // last: starts once the members above exist, and is joined first
};

} // namespace unknot
