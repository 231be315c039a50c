// Where cues go: sound effects and speech. The real ones live in a module (src/cue_module) loaded
// when the first session starts, so that Qt Multimedia, PulseAudio, the speech engines and Qt
// TextToSpeech cost no start-up time or memory before then; tests record what would have been
// played.
#pragma once

#include "core/base/clock.h"
#include "core/session/cue_script.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace unknot::gui {

using SoundCue = CueSound;

// What was asked for and what was played, with steady-clock times, for the audio tests and the
// cue-latency benchmark (UNKNOT_CUE_LOG). May be called from any thread.
class CueTimeline {
public:
    virtual ~CueTimeline() = default;
    virtual void note(TimePoint at, const QString& what, const QJsonObject& details) = 0;
};

class SoundOutput {
public:
    virtual ~SoundOutput() = default;
    virtual void play(SoundCue cue) = 0;
    virtual void set_volume(double /*volume 0..1*/) {}
};

class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    virtual void say(const QString& text) = 0;        // interrupts what is being said
    virtual void stop() = 0;                          // silent within a few tens of milliseconds
    virtual bool working() const { return true; }     // false once the engine reported an error
    virtual QStringList voices() const { return {}; } // the engine's voices, by name
    virtual void set_voice(const QString& /*name; unknown or empty: the default*/) {}
    virtual void set_rate(double /*-1 slower .. 0 normal .. 1 faster*/) {}
    virtual QString engine() const { return {}; } // "espeak-ng", "speechd", "flite"
    // Whether an utterance is under way (or about to start), and when it is expected to end on
    // the steady clock: exact for engines that synthesise first, estimated from the text for the
    // others; nullopt when silent.
    virtual bool speaking() const { return false; }
    virtual std::optional<TimePoint> expected_end() const { return std::nullopt; }
};

struct CueOutputOptions {
    QString language = QStringLiteral("en"); // ISO 639-1: the voice speaks this language
    CueTimeline* timeline = nullptr;         // notes what is played when; null: nothing noted
};

// What the module gives. Everything it makes is used on the GUI thread only.
class CueOutputFactory {
public:
    virtual ~CueOutputFactory() = default;
    virtual bool have_audio_output() const = 0;
    // The cues compiled in from resources/sounds, played through the module's audio stream; null
    // without an audio output.
    virtual std::unique_ptr<SoundOutput>
    make_sound_output(const CueOutputOptions& options) const = 0;
    // The first speech engine that works, in the module's order (see src/cue_module); null when
    // none does, with one line in `why` saying what was tried and why each failed. Without an audio
    // output none is tried; an engine that does not answer within seconds counts as failed.
    virtual std::unique_ptr<SpeechOutput> make_speech_output(bool have_audio_output,
                                                             const CueOutputOptions& options,
                                                             QString* why) const = 0;
};

// Loads the module from the first of `folders` that has it; null (and a qInfo line saying why)
// when none does. The default folder is the one `cmake --install` puts it in, relative to the
// executable: the build tree mirrors it.
CueOutputFactory* load_cue_outputs(const QStringList& folders = {});

} // namespace unknot::gui

#define UNKNOT_CUE_OUTPUTS_IID "io.github.unknot.Unknot.CueOutputFactory/2"
Q_DECLARE_INTERFACE(unknot::gui::CueOutputFactory, UNKNOT_CUE_OUTPUTS_IID)
