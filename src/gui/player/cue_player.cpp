#include "gui/player/cue_player.h"

#include "core/session/cue_script_text.h"
#include "gui/player/coach_options.h"
#include "gui/player/cue_timeline_file.h"

#include <QJsonObject>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace unknot::gui {

namespace {

constexpr int kPollMilliseconds = 100; // when the engine cannot say when it will be free

// The events of the newest phase in the batch: what belonged to phases already over is not played.
Events::const_iterator newest_phase(const Events& events)
{
    const auto last = std::find_if(events.rbegin(), events.rend(), [](const Event& e) {
        return e.kind == EventKind::phase_started;
    });
    return last == events.rend() ? events.begin() : std::prev(last.base());
}

} // namespace

CuePlayer::CuePlayer(std::unique_ptr<SoundOutput> sound, std::unique_ptr<SpeechOutput> speech,
                     std::unique_ptr<CueTimeline> timeline, NowFunction now)
    : now_(std::move(now)), timeline_(std::move(timeline)), sound_(std::move(sound)),
      speech_(std::move(speech))
{
    timer_.setSingleShot(true);
    QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
}

CuePlayer::~CuePlayer() = default;

std::unique_ptr<CuePlayer> CuePlayer::create_default()
{
    std::unique_ptr<CueTimeline> timeline = CueTimelineFile::from_environment();
    CueOutputOptions options;
    options.language = spoken_language();
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
    Played played;
    for (auto it = newest_phase(events); it != events.end(); ++it)
        if (it->kind == EventKind::cue_due)
            play_item(it->cue, played);
    if (timeline_)
        note(events, plan, played);
}

void CuePlayer::say_now(const QString& text)
{
    if (!speech_ || !voice_on_ || !speaks(level_, CueCategory::safety) || text.isEmpty())
        return;
    waiting_.clear();
    speech_->say(text);
    if (timeline_)
        timeline_->note(now_(), QStringLiteral("say-now"), {{QStringLiteral("text"), text}});
}

void CuePlayer::play_item(const CueItem& item, Played& played)
{
    if (item.sound) {
        if (sound_ && sound_on_ && plays_sounds(level_)) {
            sound_->play(*item.sound);
            played.sound = item.sound;
        }
        return;
    }
    if (!speech_ || !voice_on_ || !speaks(level_, item.category) || item.text.empty())
        return;
    played.speech << QString::fromStdString(item.text);
    if (!busy() && waiting_.empty()) {
        say(item);
        return;
    }
    waiting_.push_back({item, now_()});
    wait_for_voice();
}

// For the audio tests and the latency benchmark (UNKNOT_CUE_LOG): the events with their own
// times, then what the batch played.
void CuePlayer::note(const Events& events, const SessionPlan& plan, const Played& played)
{
    static constexpr const char* kinds[] = {"phase_started", "cue_due", "phase_finished",
                                            "session_finished"};
    for (const Event& event : events) {
        QJsonObject details{{QStringLiteral("phase"), event.phase}};
        if (event.kind == EventKind::phase_started && event.phase >= 0 &&
            event.phase < static_cast<int>(plan.phases.size())) {
            const Phase& phase = plan.phases[static_cast<std::size_t>(event.phase)];
            QString kind = QString::fromUtf8(phase_kind_name(phase.kind));
            details.insert(QStringLiteral("kind"), kind.replace(u'-', u'_'));
            details.insert(QStringLiteral("planned"), phase.planned_seconds);
        }
        if (event.kind == EventKind::cue_due) {
            details.insert(QStringLiteral("category"),
                           QString::fromUtf8(category_name(event.cue.category)));
            details.insert(QStringLiteral("text"), QString::fromStdString(event.cue.text));
            if (event.cue.sound)
                details.insert(QStringLiteral("sound"),
                               QString::fromUtf8(sound_name(*event.cue.sound)));
        }
        timeline_->note(event.at, QString::fromLatin1(kinds[static_cast<int>(event.kind)]),
                        details);
    }
    timeline_->note(
        now_(), QStringLiteral("script"),
        {{QStringLiteral("speech"), played.speech.join(u' ')},
         {QStringLiteral("sound"), played.sound ? static_cast<int>(*played.sound) : -1},
         {QStringLiteral("sound_on"), sound_on_ && plays_sounds(level_)},
         {QStringLiteral("voice_on"), voice_on_ && speaks(level_, CueCategory::announcement)},
         {QStringLiteral("waiting"), static_cast<int>(waiting_.size())}});
}

void CuePlayer::poll()
{
    if (waiting_.empty())
        return;
    if (busy()) {
        wait_for_voice();
        return;
    }
    const TimePoint now = now_();
    const Duration longest = to_duration(kMaxSpeechWaitSeconds);
    std::erase_if(waiting_, [&](const Waiting& w) { return now - w.due > longest; });
    if (waiting_.empty())
        return;
    // The most important first; of equal ones, the one that was due first.
    const auto next =
        std::max_element(waiting_.begin(), waiting_.end(), [](const Waiting& a, const Waiting& b) {
            return a.item.priority() < b.item.priority() ||
                   (a.item.priority() == b.item.priority() && a.due > b.due);
        });
    const CueItem item = next->item;
    waiting_.erase(next);
    say(item);
    if (!waiting_.empty())
        wait_for_voice();
}

void CuePlayer::say(const CueItem& item)
{
    speech_->say(QString::fromStdString(item.text));
}

bool CuePlayer::busy() const
{
    return speech_ && speech_->speaking();
}

void CuePlayer::wait_for_voice()
{
    int wait = kPollMilliseconds;
    if (const std::optional<TimePoint> end = speech_ ? speech_->expected_end() : std::nullopt)
        wait = static_cast<int>(std::ceil(to_seconds(*end - now_()) * 1000.0));
    timer_.start(std::clamp(wait, 1, kPollMilliseconds * 5));
}

void CuePlayer::silence()
{
    if (timeline_)
        timeline_->note(now_(), QStringLiteral("silence"), {});
    waiting_.clear();
    timer_.stop();
    if (speech_)
        speech_->stop();
}

void CuePlayer::set_guidance(GuidanceLevel level)
{
    level_ = level;
    std::erase_if(waiting_, [level](const Waiting& w) { return !speaks(level, w.item.category); });
    if (!speaks(level, CueCategory::announcement)) // a level that says nothing is quiet at once
        silence();
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
