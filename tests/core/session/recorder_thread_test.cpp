#include "core/session/recorder_thread.h"

#include "../history/history_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace unknot;
using namespace unknot::test;

namespace {

struct ThreadFixture {
    TempDir dir;
    fs::path path = dir / "history.sqlite3";
    std::unique_ptr<HistoryStore> store = open_ok(path); // the posting thread's own connection

    std::vector<StepRecord> steps_in_history()
    {
        auto all = store->all_sessions();
        REQUIRE(all.ok());
        REQUIRE(all.value.size() == 1);
        return all.value[0].steps;
    }
};

// Another process's writer holds the file until release().
struct HeldLock {
    sqlite3* db = nullptr;
    explicit HeldLock(const fs::path& path)
    {
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    void release()
    {
        if (!db)
            return;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        db = nullptr;
    }
    ~HeldLock() { release(); }
};

} // namespace

TEST_CASE_METHOD(ThreadFixture, "the recorder thread writes in the order posted, on its own thread")
{
    std::thread::id writer_thread;
    {
        RecorderThread writer(RecorderThread::reopening(*store));
        writer.post([&](SessionRecorder& recorder) {
            writer_thread = std::this_thread::get_id();
            recorder.begin_session(sample_start());
        });
        for (int n = 0; n < 5; ++n)
            writer.post([n](SessionRecorder& recorder) {
                recorder.record_step(sample_step(n, kMonday + 8 * 3600 + 60 * (n + 1)));
            });
        const RecorderStatus status = writer.wait();
        CHECK_FALSE(status.logging_failed);
        CHECK(status.pending_steps == 0);
        CHECK(status.session_id);
        CHECK(status.totals.active_seconds == Approx(30.5 * 5 + 10));
    }
    CHECK(writer_thread != std::thread::id{});
    CHECK(writer_thread != std::this_thread::get_id());
    const auto steps = steps_in_history();
    REQUIRE(steps.size() == 5);
    for (int n = 0; n < 5; ++n)
        CHECK(steps[static_cast<std::size_t>(n)].exercise_name ==
              "Thoracic extension " + std::to_string(n));
}

TEST_CASE_METHOD(ThreadFixture, "a write held up by a lock does not hold up the posting thread")
{
    HistoryStoreOptions patient;
    patient.busy_timeout_ms = 60'000; // longer than the test may take: the write waits it out
    RecorderThread writer([&] { return HistoryStore::open(path, patient); });
    writer.post([](SessionRecorder& recorder) { recorder.begin_session(sample_start()); });
    writer.wait();

    HeldLock lock(path);
    writer.post([](SessionRecorder& recorder) {
        recorder.record_step(sample_step(0, kMonday + 8 * 3600 + 60));
    });
    // Posted and back, while the commit waits for the lock this thread holds: a write on this
    // thread would have waited a minute and failed, and nothing could release the lock meanwhile.
    CHECK(steps_in_history().empty());
    lock.release();
    const RecorderStatus status = writer.wait();
    CHECK_FALSE(status.logging_failed);
    CHECK(status.pending_steps == 0);
    CHECK(steps_in_history().size() == 1);
}

TEST_CASE_METHOD(ThreadFixture,
                 "closing writes what is still queued and records the unfinished session")
{
    {
        RecorderThread writer(RecorderThread::reopening(*store));
        writer.post([](SessionRecorder& recorder) { recorder.begin_session(sample_start()); });
        for (int n = 0; n < 20; ++n)
            writer.post([n](SessionRecorder& recorder) {
                recorder.record_step(sample_step(n, kMonday + 8 * 3600 + 60 * (n + 1)));
            });
    } // no wait(): the destructor runs the queue
    auto all = store->all_sessions();
    REQUIRE(all.ok());
    REQUIRE(all.value.size() == 1);
    CHECK(all.value[0].steps.size() == 20);
    CHECK(all.value[0].status == SessionStatus::interrupted);
}

TEST_CASE_METHOD(ThreadFixture, "a failed write is reported with its reason, and written later")
{
    HistoryStoreOptions impatient;
    impatient.busy_timeout_ms = 0;
    RecorderThread writer([&] { return HistoryStore::open(path, impatient); });
    writer.post([](SessionRecorder& recorder) { recorder.begin_session(sample_start()); });
    writer.wait();
    HeldLock lock(path);
    writer.post([](SessionRecorder& recorder) {
        recorder.record_step(sample_step(0, kMonday + 8 * 3600 + 60));
    });
    RecorderStatus status = writer.wait();
    CHECK(status.logging_failed);
    CHECK_FALSE(status.last_error.empty());
    CHECK(status.pending_steps == 1);
    lock.release();
    writer.post([](SessionRecorder& recorder) { recorder.retry(); });
    status = writer.wait();
    CHECK_FALSE(status.logging_failed);
    CHECK(status.pending_steps == 0);
    CHECK(steps_in_history().size() == 1);
}

TEST_CASE("a history the thread cannot open, or a job that throws, is a failed write with why")
{
    RecorderThread writer([] {
        OpenResult refused;
        refused.message = "The history is from a newer version of Unknot.";
        return refused;
    });
    writer.post([](SessionRecorder& recorder) { recorder.begin_session(sample_start()); });
    RecorderStatus status = writer.wait();
    CHECK(status.logging_failed);
    CHECK(status.last_error == "The history is from a newer version of Unknot.");
    CHECK_FALSE(status.session_id);

    RecorderThread throwing(nullptr);
    throwing.post([](SessionRecorder&) { throw std::runtime_error("out of memory"); });
    status = throwing.wait();
    CHECK(status.logging_failed);
    CHECK(status.last_error == "out of memory");
    throwing.post([](SessionRecorder&) {}); // the thread still runs
    CHECK_FALSE(throwing.wait().logging_failed);
}

TEST_CASE("notify is called on the thread after each job, and wait() returns at once when idle")
{
    std::atomic<int> notified = 0;
    RecorderThread writer(nullptr, [&] { ++notified; });
    writer.wait(); // nothing posted
    for (int i = 0; i < 3; ++i)
        writer.post([](SessionRecorder&) {});
    writer.wait();
    CHECK(notified == 3);
}
