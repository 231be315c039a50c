// Where cues go: sound effects and speech. The real ones wrap QSoundEffect and QTextToSpeech;
// tests record what would have been played.
#pragma once

#include "gui/player/cue_script.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace unknot::gui {

class SoundOutput {
public:
    virtual ~SoundOutput() = default;
    virtual void play(SoundCue cue) = 0;
    virtual void set_volume(double /*volume 0..1*/) {}
};

class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    virtual void say(const QString& text) = 0; // interrupts what is being said
    virtual void stop() = 0;
    virtual bool working() const { return true; }     // false once the engine reported an error
    virtual QStringList voices() const { return {}; } // the engine's voices, by name
    virtual void set_voice(const QString& /*name; unknown or empty: the default*/) {}
    virtual void set_rate(double /*-1 slower .. 0 normal .. 1 faster*/) {}
};

// QSoundEffect playing the cues compiled in from resources/sounds; null without an audio output.
std::unique_ptr<SoundOutput> make_sound_output();
// The first QTextToSpeech engine that is not in the Error state; null when none works. Without
// an audio output, engines that play through Qt Multimedia (flite) are not tried.
std::unique_ptr<SpeechOutput> make_speech_output(bool have_audio_output);
bool have_audio_output();

} // namespace unknot::gui
