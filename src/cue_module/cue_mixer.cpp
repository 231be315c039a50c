#include "cue_module/cue_mixer.h"

#include <algorithm>

namespace unknot::cues {

namespace {

Duration samples_to_duration(std::int64_t samples)
{
    return to_duration(double(samples) / kSampleRate);
}

} // namespace

// The sample at the cursor is handed out next: heard after what the stream holds by then.
TimePoint CueMixer::time_of(std::int64_t position, TimePoint now) const
{
    const TimePoint next = std::max(cursor_heard_, now + queued_);
    return next + samples_to_duration(position - cursor_);
}

CueMixer::Placed CueMixer::place(std::optional<Playing>& slot, const Clip& clip, float gain,
                                 std::int64_t at, TimePoint now)
{
    slot = Playing{clip, at, gain};
    return {time_of(slot->at, now), time_of(slot->end(), now), slot->at, slot->end()};
}

CueMixer::Placed CueMixer::play_sound(const Clip& clip, float gain, TimePoint now)
{
    return place(sound_, clip, gain, cursor_, now);
}

CueMixer::Placed CueMixer::play_speech(const Clip& clip, float gain, TimePoint now)
{
    const std::int64_t at = sound_ ? std::max(cursor_, sound_->end()) : cursor_;
    return place(speech_, clip, gain, at, now);
}

std::optional<TimePoint> CueMixer::speech_end(TimePoint now) const
{
    if (!speech_)
        return std::nullopt;
    return time_of(speech_->end(), now);
}

void CueMixer::add(const Playing& p, std::int16_t* out, std::int64_t frames) const
{
    const std::int64_t first = std::max(p.at, cursor_);
    const std::int64_t last = std::min(p.end(), cursor_ + frames);
    for (std::int64_t i = first; i < last; ++i) {
        const float sum =
            float(out[i - cursor_]) + p.gain * float(p.clip->samples[std::size_t(i - p.at)]);
        out[i - cursor_] = std::int16_t(std::clamp(sum, -32768.0f, 32767.0f));
    }
}

bool CueMixer::mix(std::int16_t* out, std::int64_t frames, TimePoint now, Duration queued)
{
    std::fill(out, out + frames, std::int16_t(0));
    cursor_heard_ = now + queued;
    queued_ = queued;
    for (std::optional<Playing>* slot : {&sound_, &speech_}) {
        if (!*slot)
            continue;
        add(**slot, out, frames);
        if ((*slot)->end() <= cursor_ + frames)
            slot->reset();
    }
    cursor_ += frames;
    return sound_ || speech_;
}

} // namespace unknot::cues
