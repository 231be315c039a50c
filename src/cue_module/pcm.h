// Mono 16-bit sound at the one rate the module plays (espeak-ng's and the sound files'): clips of
// speech and sound cues, shared read-only between the GUI thread and the audio thread.
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace unknot::cues {

inline constexpr int kSampleRate = 22050;

struct Pcm {
    std::vector<std::int16_t> samples;
    double seconds() const { return double(samples.size()) / kSampleRate; }
};

using Clip = std::shared_ptr<const Pcm>;

// A 16-bit mono WAV file at kSampleRate (resources/sounds, made by scripts/make_sounds.py); null
// with `why` set for anything else.
Clip load_wav(const QString& path, QString* why);

} // namespace unknot::cues
