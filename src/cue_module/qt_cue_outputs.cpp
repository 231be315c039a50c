// The module with the real cue outputs (see gui/player/cue_outputs.h): the only code that uses Qt
// Multimedia and Qt TextToSpeech.
#include "gui/player/cue_outputs.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>
#include <QVoice>

#include <algorithm>
#include <array>
#include <optional>

namespace unknot::gui {

namespace {

class EffectSoundOutput : public SoundOutput {
public:
    EffectSoundOutput()
    {
        const std::array<const char*, 4> files = {"tick", "phase-start", "switch-sides",
                                                  "finished"};
        for (std::size_t i = 0; i < files.size(); ++i) {
            effects_[i] = std::make_unique<QSoundEffect>();
            effects_[i]->setSource(
                QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(QLatin1String(files[i]))));
            effects_[i]->setVolume(0.8f);
        }
    }

    void play(SoundCue cue) override { effects_[static_cast<std::size_t>(cue)]->play(); }
    void set_volume(double volume) override
    {
        for (const auto& effect : effects_)
            effect->setVolume(static_cast<float>(volume));
    }

private:
    std::array<std::unique_ptr<QSoundEffect>, 4> effects_; // in SoundCue order
};

class TextToSpeechOutput : public SpeechOutput {
public:
    explicit TextToSpeechOutput(std::unique_ptr<QTextToSpeech> tts) : tts_(std::move(tts))
    {
        QObject::connect(tts_.get(), &QTextToSpeech::errorOccurred, tts_.get(),
                         [this](QTextToSpeech::ErrorReason, const QString& message) {
                             if (!failed_)
                                 qInfo("unknot: voice cues off (%s)", qPrintable(message));
                             failed_ = true;
                         });
    }

    void say(const QString& text) override
    {
        if (!failed_ && !text.isEmpty())
            tts_->say(text);
    }

    void stop() override
    {
        if (!failed_)
            tts_->stop();
    }

    bool working() const override { return !failed_; }

    QStringList voices() const override
    {
        QStringList names;
        for (const QVoice& voice : tts_->availableVoices())
            names << voice.name();
        return names;
    }

    void set_voice(const QString& name) override
    {
        if (!default_voice_)
            default_voice_ = tts_->voice();
        QVoice chosen = *default_voice_;
        for (const QVoice& voice : tts_->availableVoices())
            if (!name.isEmpty() && voice.name() == name)
                chosen = voice;
        tts_->setVoice(chosen);
    }

    void set_rate(double rate) override { tts_->setRate(std::clamp(rate, -1.0, 1.0)); }

private:
    std::unique_ptr<QTextToSpeech> tts_;
    bool failed_ = false;
    std::optional<QVoice> default_voice_; // what the engine chose, before a voice was picked
};

} // namespace

class QtCueOutputs : public QObject, public CueOutputFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UNKNOT_CUE_OUTPUTS_IID)
    Q_INTERFACES(unknot::gui::CueOutputFactory)

public:
    bool have_audio_output() const override { return !QMediaDevices::audioOutputs().isEmpty(); }

    std::unique_ptr<SoundOutput> make_sound_output() const override
    {
        if (!have_audio_output())
            return nullptr;
        return std::make_unique<EffectSoundOutput>();
    }

    std::unique_ptr<SpeechOutput> make_speech_output(bool have_audio_output) const override
    {
        for (const QString& engine : QTextToSpeech::availableEngines()) {
            if (!have_audio_output && engine == QStringLiteral("flite"))
                continue;
            auto tts = std::make_unique<QTextToSpeech>(engine);
            if (tts->state() != QTextToSpeech::Error)
                return std::make_unique<TextToSpeechOutput>(std::move(tts));
        }
        return nullptr;
    }
};

} // namespace unknot::gui

#include "qt_cue_outputs.moc"
