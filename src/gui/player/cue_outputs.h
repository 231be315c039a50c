// Where cues go: sound effects and speech. The real ones wrap QSoundEffect and QTextToSpeech and
// live in a module (src/cue_module) loaded when the first session starts, so that Qt Multimedia,
// PulseAudio, the codecs and Qt TextToSpeech cost no start-up time or memory before then; tests
// record what would have been played.
#pragma once

#include "gui/player/cue_script.h"

#include <QObject>
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

// What the module gives. Everything it makes is used on the GUI thread only.
class CueOutputFactory {
public:
    virtual ~CueOutputFactory() = default;
    virtual bool have_audio_output() const = 0;
    // QSoundEffect playing the cues compiled in from resources/sounds; null without an audio
    // output.
    virtual std::unique_ptr<SoundOutput> make_sound_output() const = 0;
    // The first QTextToSpeech engine that is not in the Error state; null when none works.
    // Without an audio output, engines that play through Qt Multimedia (flite) are not tried.
    virtual std::unique_ptr<SpeechOutput> make_speech_output(bool have_audio_output) const = 0;
};

// Loads the module from the first of `folders` that has it; null (and a qInfo line saying why)
// when none does. The default folder is the one `cmake --install` puts it in, relative to the
// executable: the build tree mirrors it.
CueOutputFactory* load_cue_outputs(const QStringList& folders = {});

} // namespace unknot::gui

#define UNKNOT_CUE_OUTPUTS_IID "io.github.unknot.Unknot.CueOutputFactory/1"
Q_DECLARE_INTERFACE(unknot::gui::CueOutputFactory, UNKNOT_CUE_OUTPUTS_IID)
