// One audio stream for every cue, sound and speech alike (placed by a CueMixer), fed from a thread
// of its own so that a busy GUI thread never starves it. The stream is kept short (about 30 ms
// queued), so a clip is heard within a few tens of milliseconds and stopped speech is quiet as
// fast; it is corked after some seconds without a clip (a sound card may then sleep) and uncorked
// by the next one.
#pragma once

#include "cue_module/cue_mixer.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace unknot::cues {

class LaneFeeder;

class AudioLane {
public:
    // Opens the default audio output; null with `why` when it cannot.
    static std::shared_ptr<AudioLane> open(QString* why);
    ~AudioLane();
    AudioLane(const AudioLane&) = delete;
    AudioLane& operator=(const AudioLane&) = delete;

    using Placed = CueMixer::Placed;
    Placed play_sound(const Clip& clip, float gain);
    Placed play_speech(const Clip& clip, float gain);
    std::int64_t stop_speech(); // the sample from which it is silent
    // When the speech under way or waiting is expected to end; nullopt when there is none.
    std::optional<TimePoint> speech_end() const;
    bool failed() const { return failed_; }

    // The feeder's side (the lane's thread).
    bool mix(std::int16_t* out, std::int64_t frames, TimePoint now, Duration queued);
    void set_failed() { failed_ = true; }

private:
    AudioLane() = default;
    void wake();

    mutable std::mutex mutex_;
    CueMixer mixer_;
    std::atomic<bool> failed_ = false;
    std::unique_ptr<QThread> thread_;
    LaneFeeder* feeder_ = nullptr; // lives in thread_
};

} // namespace unknot::cues
