#include "core/session/speech_length.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace unknot {

namespace {

// Seconds at 165 words a minute, fitted by least squares (scripts/speech_lengths.py).
constexpr double kBase = 0.2023;
constexpr double kPerCharacter = 0.0536; // a code point that is not a digit
constexpr double kPerNumber = 0.1755;    // a run of digits
constexpr double kPerDigit = 0.2219;
constexpr double kPerPause = 0.1835; // . , : ; ! ?
constexpr double kReferenceWordsPerMinute = 165;
// The margin that makes the fit an upper bound for nearly every text.
constexpr double kScale = 1.2;
constexpr double kExtraSeconds = 0.15;

struct TextCounts {
    int characters = 0;
    int numbers = 0;
    int digits = 0;
    int pauses = 0;
};

TextCounts count(std::string_view text)
{
    TextCounts counts;
    bool in_number = false;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80)
            continue; // a UTF-8 continuation byte: the code point was counted
        const bool digit = c >= '0' && c <= '9';
        if (digit) {
            ++counts.digits;
            counts.numbers += in_number ? 0 : 1;
        } else {
            ++counts.characters;
        }
        in_number = digit;
        if (std::string_view(".,:;!?").find(c) != std::string_view::npos)
            ++counts.pauses;
    }
    return counts;
}

} // namespace

int words_per_minute(double rate)
{
    const double r = std::clamp(rate, -1.0, 1.0);
    return static_cast<int>(165 + r * (r < 0 ? 45 : 85));
}

double speech_seconds(std::string_view text, const SpeechPace& pace)
{
    if (text.empty())
        return 0.0;
    const TextCounts c = count(text);
    const double at_reference = kBase + kPerCharacter * c.characters + kPerNumber * c.numbers +
                                kPerDigit * c.digits + kPerPause * c.pauses;
    const double wpm = pace.words_per_minute > 0 ? pace.words_per_minute : kReferenceWordsPerMinute;
    return at_reference * kReferenceWordsPerMinute / wpm * kScale + kExtraSeconds;
}

double sound_seconds(CueSound sound)
{
    static constexpr std::array<double, 6> kSeconds{0.06, 0.25, 0.25, 0.23, 0.28, 0.9};
    return kSeconds.at(static_cast<std::size_t>(sound));
}

} // namespace unknot
