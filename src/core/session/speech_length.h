// How long things take to say and to play, so that the cue script can keep them apart.
#pragma once

#include "core/session/cue_script.h"

#include <string_view>

namespace unknot {

// The speaking rate setting (-1 slower .. 0 normal .. 1 faster) in words per minute: 120 .. 165 ..
// 250. The cue module's espeak-ng voice speaks at this rate.
int words_per_minute(double rate);

struct SpeechPace {
    double words_per_minute = 165;
};

// The seconds an utterance takes, estimated from its text; on the long side, so that what follows
// does not run into it. Calibrated against espeak-ng 1.51 (English and German voices, 120, 165 and
// 250 words a minute) on every text of the built-in routines: at 165 words a minute it is longer
// than the real utterance for 99% of them, by a quarter on average, and at most 0.16 s shorter
// (scripts/speech_lengths.py measures it again).
double speech_seconds(std::string_view text, const SpeechPace& pace);

// The length of each sound in resources/sounds (a test compares them).
double sound_seconds(CueSound sound);

} // namespace unknot
