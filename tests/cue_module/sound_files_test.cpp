// The sound cues in resources/sounds (scripts/make_sounds.py): the format the module plays, short,
// and told apart by shape: how many notes, which way they go, how high, how long.
#include "cue_module/pcm.h"

#include <catch2/catch.hpp>

#include <QTemporaryFile>

#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace unknot::cues;

namespace {

const char* const kNames[] = {"tick",        "halfway",      "set-end",
                              "phase-start", "switch-sides", "finished"};

Clip load(const std::string& name)
{
    QString why;
    Clip clip = load_wav(QStringLiteral(UNKNOT_SOURCE_DIR "/resources/sounds/%1.wav")
                             .arg(QString::fromStdString(name)),
                         &why);
    INFO(why.toStdString());
    REQUIRE(clip);
    return clip;
}

struct Shape {
    std::vector<double> pitches; // Hz, one a note
    double seconds = 0;
};

// Notes start where the level (peak of 5 ms windows) jumps; the pitch of each is counted from zero
// crossings over the 20 ms after its start. Good enough for tones made of a few sines.
Shape shape_of(const Pcm& pcm)
{
    const std::size_t window = kSampleRate / 200;
    std::vector<int> peaks;
    for (std::size_t i = 0; i + window <= pcm.samples.size(); i += window) {
        int peak = 0;
        for (std::size_t j = i; j < i + window; ++j)
            peak = std::max(peak, std::abs(int(pcm.samples[j])));
        peaks.push_back(peak);
    }
    const int loudest = *std::max_element(peaks.begin(), peaks.end());
    Shape shape{{}, pcm.seconds()};
    for (std::size_t w = 0; w < peaks.size(); ++w) {
        const int before = w ? peaks[w - 1] : 0;
        if (peaks[w] < loudest / 4 || peaks[w] < before * 3 / 2 + loudest / 10)
            continue;
        const std::size_t from = w * window,
                          to = std::min(pcm.samples.size(), from + kSampleRate / 50);
        int crossings = 0;
        for (std::size_t i = from + 1; i < to; ++i)
            crossings += (pcm.samples[i - 1] < 0) != (pcm.samples[i] < 0);
        shape.pitches.push_back(crossings / 2.0 / (double(to - from) / kSampleRate));
        w += 4; // a note's attack spans a few windows
    }
    return shape;
}

double semitones(double from, double to)
{
    return 12 * std::log2(to / from);
}

bool told_apart(const Shape& a, const Shape& b)
{
    if (a.pitches.size() != b.pitches.size())
        return true;
    if (std::abs(semitones(a.pitches.front(), b.pitches.front())) >= 3)
        return true;
    for (std::size_t i = 1; i < a.pitches.size(); ++i) {
        const double up_a = semitones(a.pitches[i - 1], a.pitches[i]);
        const double up_b = semitones(b.pitches[i - 1], b.pitches[i]);
        if ((up_a > 1) != (up_b > 1) || (up_a < -1) != (up_b < -1))
            return true;
    }
    return std::max(a.seconds, b.seconds) >= 2 * std::min(a.seconds, b.seconds);
}

} // namespace

TEST_CASE("every sound cue loads, 16-bit mono at the module's rate, and is short", "[cues][sounds]")
{
    for (const char* name : kNames) {
        INFO(name);
        const Clip clip = load(name);
        CHECK(clip->seconds() > 0.03);
        CHECK(clip->seconds() < (std::string(name) == "finished" ? 1.0 : 0.3));
    }
}

TEST_CASE("the sound cues are told apart by their notes, direction, pitch or length",
          "[cues][sounds]")
{
    std::map<std::string, Shape> shapes;
    for (const char* name : kNames)
        shapes[name] = shape_of(*load(name));
    CHECK(shapes["tick"].pitches.size() == 1);
    CHECK(shapes["switch-sides"].pitches.size() == 3);
    CHECK(shapes["finished"].pitches.size() >= 2); // an arpeggio whose notes ring into each other
    CHECK(shapes["finished"].seconds > 0.6);
    REQUIRE(shapes["phase-start"].pitches.size() == 2);
    CHECK(shapes["phase-start"].pitches[1] > shapes["phase-start"].pitches[0]); // rising: go
    REQUIRE(shapes["set-end"].pitches.size() == 2);
    CHECK(shapes["set-end"].pitches[1] < shapes["set-end"].pitches[0]); // falling: done
    for (const auto& [a, shape_a] : shapes)
        for (const auto& [b, shape_b] : shapes)
            if (a < b) {
                INFO(a << " and " << b);
                CHECK(told_apart(shape_a, shape_b));
            }
}

TEST_CASE("a file that is not a WAV the module plays is refused with a reason", "[cues][sounds]")
{
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(QByteArray("RIFF\x10\0\0\0WAVEjunk", 16));
    file.close();
    QString why;
    CHECK_FALSE(load_wav(file.fileName(), &why));
    CHECK(why.contains(QStringLiteral("not 16-bit mono PCM")));
    CHECK_FALSE(load_wav(QStringLiteral("/nonexistent.wav"), &why));
    CHECK(why.startsWith(QStringLiteral("/nonexistent.wav: ")));
}
