// Where clips sit on an audio stream's sample clock, and the samples that result: a sound plays at
// once; speech waits for a sound under way to end (a cue's sound and its words never overlap) and
// replaces speech under way; stopping speech silences it from the next sample handed out. Also
// maps sample positions to the steady clock, from what the stream said about its queue at the
// last hand-out (a stream that was corked, or not fed lately, starts again from "now + queue"). No
// locking and no audio here (AudioLane does both), so it is tested on its own.
#pragma once

#include "core/base/clock.h"
#include "cue_module/pcm.h"

#include <cstdint>
#include <optional>

namespace unknot::cues {

class CueMixer {
public:
    struct Placed {
        TimePoint start; // expected on the steady clock
        TimePoint end;
        std::int64_t first = 0; // on the stream's sample clock: exact, [first, last)
        std::int64_t last = 0;
    };
    Placed play_sound(const Clip& clip, float gain, TimePoint now);
    Placed play_speech(const Clip& clip, float gain, TimePoint now);
    // Returns the sample from which it is silent; what was handed out before still plays.
    std::int64_t stop_speech()
    {
        speech_.reset();
        return cursor_;
    }
    std::optional<TimePoint> speech_end(TimePoint now) const;

    // The next `frames` samples into `out` (overwritten), handed out at `now` behind `queued` of
    // sound the stream still holds. False when nothing but silence is left to play.
    bool mix(std::int16_t* out, std::int64_t frames, TimePoint now, Duration queued);

private:
    struct Playing {
        Clip clip;
        std::int64_t at = 0; // position on the sample clock
        float gain = 1;
        std::int64_t end() const { return at + std::int64_t(clip->samples.size()); }
    };
    TimePoint time_of(std::int64_t position, TimePoint now) const;
    Placed place(std::optional<Playing>& slot, const Clip& clip, float gain, std::int64_t at,
                 TimePoint now);
    void add(const Playing& p, std::int16_t* out, std::int64_t frames) const;

    std::int64_t cursor_ = 0;  // samples handed to the stream so far
    TimePoint cursor_heard_{}; // when the sample at cursor_ is expected to be heard
    Duration queued_{};        // what the stream held at the last hand-out
    std::optional<Playing> sound_;
    std::optional<Playing> speech_;
};

} // namespace unknot::cues
