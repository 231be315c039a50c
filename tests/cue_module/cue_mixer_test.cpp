#include "cue_module/cue_mixer.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace unknot;
using namespace unknot::cues;

namespace {

Clip clip(std::size_t samples, std::int16_t value)
{
    auto pcm = std::make_shared<Pcm>();
    pcm->samples.assign(samples, value);
    return pcm;
}

const TimePoint t0 = TimePoint{} + std::chrono::hours(1);

std::vector<std::int16_t> take(CueMixer& mixer, std::int64_t frames, TimePoint now = t0,
                               Duration queued = {})
{
    std::vector<std::int16_t> out(std::size_t(frames), 123); // overwritten
    mixer.mix(out.data(), frames, now, queued);
    return out;
}

double ms(Duration d)
{
    return to_seconds(d) * 1000;
}

} // namespace

TEST_CASE("the mixer hands out silence when nothing plays", "[cues][mixer]")
{
    CueMixer mixer;
    std::vector<std::int16_t> out(100, 7);
    CHECK_FALSE(mixer.mix(out.data(), 100, t0, {}));
    CHECK(out == std::vector<std::int16_t>(100, 0));
    CHECK_FALSE(mixer.speech_end(t0));
}

TEST_CASE("speech due with a sound waits for the sound to end", "[cues][mixer]")
{
    CueMixer mixer;
    take(mixer, 10);
    const auto sound = mixer.play_sound(clip(30, 1000), 1.0f, t0);
    const auto speech = mixer.play_speech(clip(20, 2000), 1.0f, t0);
    CHECK(speech.start == sound.end);
    const auto out = take(mixer, 60);
    CHECK(out[0] == 1000);
    CHECK(out[29] == 1000);
    CHECK(out[30] == 2000); // never both at once
    CHECK(out[49] == 2000);
    CHECK(out[50] == 0);
}

TEST_CASE("new speech replaces speech under way, and a stop silences it from the next sample",
          "[cues][mixer]")
{
    CueMixer mixer;
    mixer.play_speech(clip(100, 500), 1.0f, t0);
    CHECK(take(mixer, 10)[9] == 500);
    mixer.play_speech(clip(100, 900), 1.0f, t0);
    CHECK(take(mixer, 10)[0] == 900);
    mixer.stop_speech();
    CHECK_FALSE(mixer.speech_end(t0));
    CHECK(take(mixer, 10) == std::vector<std::int16_t>(10, 0));
}

TEST_CASE("a sound under speech adds to it, with the gain, clamped", "[cues][mixer]")
{
    CueMixer mixer;
    mixer.play_speech(clip(100, 30000), 1.0f, t0);
    take(mixer, 10);
    mixer.play_sound(clip(10, 10000), 0.5f, t0);
    const auto out = take(mixer, 20);
    CHECK(out[0] == 32767);
    CHECK(out[10] == 30000);
}

TEST_CASE("placed clips are timed from what the stream said it held", "[cues][mixer]")
{
    CueMixer mixer;
    // Handed out at t0 behind 30 ms of queued sound.
    take(mixer, kSampleRate / 100, t0, std::chrono::milliseconds(30));
    const TimePoint now = t0 + std::chrono::milliseconds(10);
    const auto sound = mixer.play_sound(clip(kSampleRate / 10, 1), 1.0f, now);
    // Not fed since: the stream drained for 10 ms, so the clip comes after a queue refilled now.
    CHECK(ms(sound.start - t0) == Approx(40).margin(0.1));
    CHECK(ms(sound.end - sound.start) == Approx(100).margin(0.1));
    const auto speech = mixer.play_speech(clip(kSampleRate, 1), 1.0f, now);
    CHECK(speech.start == sound.end);
    REQUIRE(mixer.speech_end(now));
    CHECK(*mixer.speech_end(now) == speech.end);
}

TEST_CASE("a clip asked for after the stream went quiet is not placed in the past", "[cues][mixer]")
{
    CueMixer mixer;
    take(mixer, 10, t0, std::chrono::milliseconds(30));
    const TimePoint later = t0 + std::chrono::seconds(5); // corked meanwhile
    const auto sound = mixer.play_sound(clip(100, 1), 1.0f, later);
    CHECK(ms(sound.start - later) == Approx(30).margin(0.1));
    CHECK(take(mixer, 10, later)[0] == 1); // the next samples handed out, not 5 s of them later
}
