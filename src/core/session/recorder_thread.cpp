#include "core/session/recorder_thread.h"

#include <exception>
#include <memory>
#include <utility>

namespace unknot {

RecorderThread::RecorderThread(OpenStore open, Notify notify)
    : open_(std::move(open)), notify_(std::move(notify)),
      thread_([this](std::stop_token stop) { run(stop); })
{}

RecorderThread::~RecorderThread()
{
    thread_.request_stop(); // the thread runs what is queued first
    thread_.join();
}

void RecorderThread::post(Job job)
{
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
        ++posted_;
    }
    wake_.notify_one();
}

RecorderStatus RecorderThread::wait()
{
    std::unique_lock lock(mutex_);
    const std::uint64_t ticket = posted_;
    done_.wait(lock, [&] { return finished_ >= ticket; });
    return status_;
}

RecorderStatus RecorderThread::status() const
{
    std::lock_guard lock(mutex_);
    return status_;
}

RecorderThread::OpenStore RecorderThread::reopening(const HistoryStore& store)
{
    return [path = store.path(), options = store.options()] {
        return HistoryStore::open(path, options);
    };
}

std::optional<RecorderThread::Job> RecorderThread::next(std::stop_token stop)
{
    std::unique_lock lock(mutex_);
    wake_.wait(lock, stop, [&] { return !jobs_.empty(); });
    if (jobs_.empty())
        return std::nullopt; // asked to stop, and nothing is left
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    return job;
}

void RecorderThread::run(std::stop_token stop)
{
    std::optional<Job> job = next(stop);
    if (!job)
        return;
    std::unique_ptr<HistoryStore> store;
    std::string not_open;
    if (open_) {
        OpenResult opened = open_();
        store = std::move(opened.store);
        if (!store)
            not_open = opened.message.empty() ? "the history could not be opened for writing"
                                              : opened.message;
    }
    SessionRecorder recorder(store.get()); // goes before the store it writes to
    for (; job; job = next(stop)) {
        std::string problem = not_open;
        try {
            (*job)(recorder);
        } catch (const std::exception& e) {
            problem = e.what();
        }
        finished(recorder, problem);
    }
}

void RecorderThread::finished(const SessionRecorder& recorder, const std::string& problem)
{
    {
        std::lock_guard lock(mutex_);
        status_.logging_failed = recorder.logging_failed() || !problem.empty();
        status_.last_error = problem.empty() ? recorder.last_error() : problem;
        status_.pending_steps = recorder.pending_steps();
        status_.session_id = recorder.session_id();
        status_.totals = recorder.totals();
    }
    if (notify_)
        notify_(); // before wait() returns: a waiter sees every notice of what it waited for
    {
        std::lock_guard lock(mutex_);
        ++finished_;
    }
    done_.notify_all();
}

} // namespace unknot
