// One audio stream for every cue, sound and speech alike, fed from a thread of its own so that a
// busy GUI thread never starves it. Clips are placed on the stream's sample clock: a sound plays at
// once; speech waits for a sound under way to end (a cue's sound and its words never overlap) and
// replaces speech under way. The stream is kept short (about 30 ms queued), so a clip is heard
// within a few tens of milliseconds and stop_speech() is quiet as fast; it is corked after some
// seconds without a clip (a sound card may then sleep) and uncorked by the next one.
#pragma once

#include "core/clock.h"
#include "cue_module/pcm.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

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

    struct Placed {
        TimePoint start; // expected on the steady clock
        TimePoint end;
    };
    Placed play_sound(const Clip& clip, float gain);
    Placed play_speech(const Clip& clip, float gain);
    void stop_speech();
    // When the speech under way or waiting is expected to end; nullopt when there is none.
    std::optional<TimePoint> speech_end() const;
    bool failed() const { return failed_; }

    // The feeder's side (audio thread): fills `out` with the next `frames` samples and records that
    // the first of them is expected to be heard at `heard`. False when nothing but silence is left.
    bool mix(std::int16_t* out, std::int64_t frames, TimePoint heard);
    void set_failed() { failed_ = true; }

private:
    AudioLane() = default;
    struct Playing {
        Clip clip;
        std::int64_t at = 0; // position on the sample clock
        float gain = 1;
        std::int64_t end() const { return at + std::int64_t(clip->samples.size()); }
    };
    TimePoint time_of(std::int64_t position) const;
    std::int64_t next_position() const;
    Placed place(std::optional<Playing>& slot, const Clip& clip, float gain, std::int64_t at);
    void wake();

    mutable std::mutex mutex_;
    std::int64_t cursor_ = 0;  // samples handed to the stream so far
    TimePoint cursor_heard_{}; // when the sample at cursor_ is expected to be heard
    std::optional<Playing> sound_;
    std::optional<Playing> speech_;
    std::atomic<bool> failed_ = false;
    std::unique_ptr<QThread> thread_;
    LaneFeeder* feeder_ = nullptr; // lives in thread_
};

} // namespace unknot::cues
