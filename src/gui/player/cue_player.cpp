#include "gui/player/cue_player.h"

#include <QStringList>
#include <QtGlobal>

namespace unknot::gui {

CuePlayer::CuePlayer(std::unique_ptr<SoundOutput> sound, std::unique_ptr<SpeechOutput> speech)
    : sound_(std::move(sound)), speech_(std::move(speech))
{}

CuePlayer::~CuePlayer() = default;

std::unique_ptr<CuePlayer> CuePlayer::create_default()
{
    const CueOutputFactory* outputs = load_cue_outputs();
    const bool audio = outputs && outputs->have_audio_output();
    auto player =
        std::make_unique<CuePlayer>(outputs ? outputs->make_sound_output() : nullptr,
                                    outputs ? outputs->make_speech_output(audio) : nullptr);
    QStringList missing;
    if (!player->has_sound())
        missing << QStringLiteral("no audio output: sound cues off");
    if (!player->has_voice())
        missing << QStringLiteral("no working speech engine: voice cues off");
    if (!missing.isEmpty())
        qInfo("unknot: %s; the player shows every cue on screen", qPrintable(missing.join(u"; ")));
    return player;
}

void CuePlayer::play(const Events& events, const SessionPlan& plan)
{
    if (events.empty())
        return;
    const CueScript script = script_for(events, plan);
    if (sound_ && sound_on_ && script.sound)
        sound_->play(*script.sound);
    if (speech_ && voice_on_ && !script.speech.isEmpty())
        speech_->say(script.speech);
}

void CuePlayer::silence()
{
    if (speech_)
        speech_->stop();
}

void CuePlayer::set_volume(double volume)
{
    if (sound_)
        sound_->set_volume(volume);
}

QStringList CuePlayer::voice_names() const
{
    return speech_ ? speech_->voices() : QStringList();
}

void CuePlayer::set_voice(const QString& name)
{
    if (speech_)
        speech_->set_voice(name);
}

void CuePlayer::set_rate(double rate)
{
    if (speech_)
        speech_->set_rate(rate);
}

void CuePlayer::set_voice_enabled(bool on)
{
    voice_on_ = on;
    if (!on)
        silence();
}

} // namespace unknot::gui
