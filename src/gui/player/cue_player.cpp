#include "gui/player/cue_player.h"

#include "gui/player/cue_timeline_file.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QtGlobal>

namespace unknot::gui {

CuePlayer::CuePlayer(std::unique_ptr<SoundOutput> sound, std::unique_ptr<SpeechOutput> speech,
                     std::unique_ptr<CueTimeline> timeline)
    : timeline_(std::move(timeline)), sound_(std::move(sound)), speech_(std::move(speech))
{}

CuePlayer::~CuePlayer() = default;

std::unique_ptr<CuePlayer> CuePlayer::create_default()
{
    std::unique_ptr<CueTimeline> timeline = CueTimelineFile::from_environment();
    CueOutputOptions options;
    // The voice speaks the language of the interface: the catalogue in use says which.
    options.language = QCoreApplication::translate(
        "unknot::gui", "en", "ISO 639-1 code of the language the voice speaks: this catalogue's");
    options.timeline = timeline.get();
    const CueOutputFactory* outputs = load_cue_outputs();
    const bool audio = outputs && outputs->have_audio_output();
    QString why_no_voice = QStringLiteral("the sound and voice module did not load");
    std::unique_ptr<SoundOutput> sound = outputs ? outputs->make_sound_output(options) : nullptr;
    std::unique_ptr<SpeechOutput> speech =
        outputs ? outputs->make_speech_output(audio, options, &why_no_voice) : nullptr;
    auto player =
        std::make_unique<CuePlayer>(std::move(sound), std::move(speech), std::move(timeline));
    QStringList missing;
    if (!player->has_sound())
        missing << QStringLiteral("no audio output: sound cues off");
    if (!player->has_voice())
        missing << QStringLiteral("voice cues off (%1)").arg(why_no_voice);
    if (!missing.isEmpty())
        qInfo("unknot: %s; the player shows every cue on screen", qPrintable(missing.join(u"; ")));
    return player;
}

void CuePlayer::play(const Events& events, const SessionPlan& plan)
{
    if (events.empty())
        return;
    const CueScript script = script_for(events, plan);
    if (timeline_)
        note(events, plan, script);
    if (sound_ && sound_on_ && script.sound)
        sound_->play(*script.sound);
    if (speech_ && voice_on_ && !script.speech.isEmpty())
        speech_->say(script.speech);
}

void CuePlayer::note(const Events& events, const SessionPlan& plan, const CueScript& script)
{
    static constexpr const char* kinds[] = {"phase_started", "cue_due", "phase_finished",
                                            "session_finished"};
    static constexpr const char* phase_kinds[] = {
        "lead_in",           "hold",       "reps",  "switch_sides",
        "rest_between_sets", "rest_after", "timed", "rest"};
    for (const Event& event : events) {
        QJsonObject details{{QStringLiteral("phase"), event.phase}};
        if (event.kind == EventKind::phase_started && event.phase >= 0 &&
            event.phase < static_cast<int>(plan.phases.size())) {
            const Phase& phase = plan.phases[event.phase];
            details.insert(QStringLiteral("kind"),
                           QString::fromLatin1(phase_kinds[static_cast<int>(phase.kind)]));
            details.insert(QStringLiteral("planned"), phase.planned_seconds);
        }
        if (event.kind == EventKind::cue_due) {
            details.insert(QStringLiteral("cue"), static_cast<int>(event.cue.kind));
            details.insert(QStringLiteral("number"), event.cue.number);
        }
        timeline_->note(event.at, QString::fromLatin1(kinds[static_cast<int>(event.kind)]),
                        details);
    }
    timeline_->note(Clock::now(), QStringLiteral("script"),
                    {{QStringLiteral("speech"), script.speech},
                     {QStringLiteral("sound"), script.sound ? static_cast<int>(*script.sound) : -1},
                     {QStringLiteral("sound_on"), sound_on_},
                     {QStringLiteral("voice_on"), voice_on_}});
}

void CuePlayer::silence()
{
    if (timeline_)
        timeline_->note(Clock::now(), QStringLiteral("silence"), {});
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
