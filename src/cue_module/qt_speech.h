// Speech through a Qt TextToSpeech engine (speech-dispatcher or flite), the fallback when
// espeak-ng is not there. These engines play on their own; the end of an utterance is estimated
// from its length.
#pragma once

#include "gui/player/cue_outputs.h"

#include <memory>

namespace unknot::cues {

// Null with `why` when the engine is missing, fails to start or has no voice for the language.
std::unique_ptr<gui::SpeechOutput>
make_qt_speech(const QString& engine, const gui::CueOutputOptions& options, QString* why);

} // namespace unknot::cues
