// The module with the real cue outputs (see gui/player/cue_outputs.h): the only code that uses Qt
// Multimedia, Qt TextToSpeech and espeak-ng.
//
// The speech engine, chosen by measurement against PulseAudio (tests/bench/README.md): espeak-ng,
// synthesised in-process and played through the module's own audio stream. It speaks every
// utterance, is heard within some 25 ms, falls silent within 20 ms of stop(), starts in 15-30 ms,
// has a German voice and knows each utterance's length before it is heard. When it cannot start,
// the player keeps to its sounds. Not in the order:
//  - speech-dispatcher (Qt's speechd plugin): as quick once running, but its daemon takes 5-6 s to
//    start, blocking the GUI thread, and a daemon that hangs blocks its clients for ever (seen on
//    a development machine);
//  - flite (Qt's plugin): loses a quarter to a half of the utterances against PulseAudio (flite's
//    empty last chunk is taken for "Audio streaming error." and the queued audio is thrown away),
//    ~290 ms to the first sound, no German voice.
// UNKNOT_SPEECH_ENGINES (comma-separated: espeak-ng, speechd, flite) sets another order, e.g. for
// the benchmarks; the Qt engines are then given twelve seconds to answer.
#include "cue_module/audio_lane.h"
#include "cue_module/espeak_speech.h"
#include "cue_module/lane_sound.h"
#include "cue_module/qt_speech.h"
#include "gui/player/cue_outputs.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace unknot::gui {

namespace {

QStringList engine_order()
{
    const QString chosen = qEnvironmentVariable("UNKNOT_SPEECH_ENGINES");
    if (!chosen.isEmpty())
        return chosen.split(u',', Qt::SkipEmptyParts);
    return {QStringLiteral("espeak-ng")};
}

} // namespace

class QtCueOutputs : public QObject, public CueOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UNKNOT_CUE_OUTPUTS_IID)
    Q_INTERFACES(unknot::gui::CueOutputFactory)

public:
    bool have_audio_output() const override { return !QMediaDevices::audioOutputs().isEmpty(); }

    std::unique_ptr<SoundOutput> make_sound_output(const CueOutputOptions& options) const override
    {
        QString why;
        auto lane = have_audio_output() ? audio_lane(&why) : nullptr;
        auto sound = lane ? cues::make_lane_sound(lane, options.timeline, &why) : nullptr;
        if (!sound && !why.isEmpty())
            qInfo("unknot: sound cues off (%s)", qPrintable(why));
        return sound;
    }

    std::unique_ptr<SpeechOutput> make_speech_output(bool have_audio_output,
                                                     const CueOutputOptions& options,
                                                     QString* why) const override
    {
        if (!have_audio_output) { // speech-dispatcher too would have nowhere to speak
            *why = QStringLiteral("no audio output");
            return nullptr;
        }
        QStringList failures;
        for (const QString& engine : engine_order()) {
            QString failure;
            std::unique_ptr<SpeechOutput> speech = make(engine, options, &failure);
            if (speech)
                return speech;
            failures << engine + QStringLiteral(": ") + failure;
        }
        *why = failures.join(QStringLiteral("; "));
        return nullptr;
    }

private:
    std::unique_ptr<SpeechOutput> make(const QString& engine, const CueOutputOptions& options,
                                       QString* why) const
    {
        if (engine != QStringLiteral("espeak-ng"))
            return cues::make_qt_speech(engine, options, why);
        auto lane = audio_lane(why);
        return lane ? cues::make_espeak_speech(lane, options, why) : nullptr;
    }

    // One stream for sounds and speech, so that they can take turns.
    std::shared_ptr<cues::AudioLane> audio_lane(QString* why) const
    {
        if (auto lane = lane_.lock())
            return lane;
        auto lane = cues::AudioLane::open(why);
        lane_ = lane;
        return lane;
    }

    mutable std::weak_ptr<cues::AudioLane> lane_;
};

} // namespace unknot::gui

#include "qt_cue_outputs.moc"
