// Sound and voice for a session: plays the cue script's items as the engine reports them due.
// Either output may be missing (no audio device, no speech engine): the session then runs the
// same with its visual cues.
//
// The guidance level lets through what it names (core/session/cue_script.h). Speech is never cut
// off by other speech: an utterance due while one is still being said waits for it to end, the
// more important first, and is dropped when it would start more than kMaxSpeechWaitSeconds late.
// Pause, stop, skip and back silence the voice at once and forget what waits.
#pragma once

#include "core/base/clock.h"
#include "core/session/session_engine.h"
#include "gui/player/cue_outputs.h"

#include <QTimer>

#include <memory>
#include <vector>

namespace unknot::gui {

inline constexpr double kMaxSpeechWaitSeconds = 1.5;

class CuePlayer {
public:
    // `timeline`, when given, notes every batch of events and every silence (the outputs may note
    // into it too: it is kept until they are gone). `now` is the clock SpeechOutput::expected_end()
    // is on (the steady clock; tests fake it).
    CuePlayer(std::unique_ptr<SoundOutput> sound, std::unique_ptr<SpeechOutput> speech,
              std::unique_ptr<CueTimeline> timeline = nullptr, NowFunction now = Clock::now);
    ~CuePlayer();
    CuePlayer(const CuePlayer&) = delete;
    CuePlayer& operator=(const CuePlayer&) = delete;

    // Probes the audio outputs and speech engines, for a voice in the interface's language; says
    // what is missing and why in one qInfo line.
    static std::unique_ptr<CuePlayer> create_default();

    // Plays the items due in a batch of engine events; when the batch starts several phases (a
    // stall, a skip), only the newest phase's. `plan` names the phases in the timeline.
    void play(const Events& events, const SessionPlan& plan);
    void silence(); // stops speaking at once and forgets what waits: pause, stop, skip, back
    // Says what waits once the voice is free; a timer calls it, tests call it after moving time.
    void poll();

    void set_guidance(GuidanceLevel level);
    GuidanceLevel guidance() const { return level_; }
    // Says `text` now, cutting off what is being said and forgetting what waits: the person asked
    // for it (the easier version after "this hurts"). Nothing when the voice is off or the level
    // says nothing.
    void say_now(const QString& text);

    bool has_sound() const { return sound_ != nullptr; }
    bool has_voice() const { return speech_ && speech_->working(); }
    bool sound_enabled() const { return sound_on_; }
    bool voice_enabled() const { return voice_on_; }
    void set_sound_enabled(bool on) { sound_on_ = on; }
    void set_voice_enabled(bool on);
    void set_volume(double volume); // 0..1
    QStringList voice_names() const;
    void set_voice(const QString& name); // empty or unknown: the engine's default
    void set_rate(double rate);          // -1 slower .. 0 normal .. 1 faster
    std::size_t waiting() const { return waiting_.size(); }

private:
    struct Waiting {
        CueItem item;
        TimePoint due;
    };

    // What was played: the sound, or the speech said or left waiting.
    struct Played {
        std::optional<SoundCue> sound;
        QStringList speech;
    };

    void play_item(const CueItem& item, Played& played);
    void say(const CueItem& item);
    void note(const Events& events, const SessionPlan& plan, const Played& played);
    bool busy() const;
    void wait_for_voice();

    NowFunction now_;
    std::unique_ptr<CueTimeline> timeline_; // before the outputs: they may hold it
    std::unique_ptr<SoundOutput> sound_;
    std::unique_ptr<SpeechOutput> speech_;
    bool sound_on_ = true;
    bool voice_on_ = true;
    GuidanceLevel level_ = GuidanceLevel::full;
    std::vector<Waiting> waiting_;
    QTimer timer_; // armed for when the voice is expected to be free
};

} // namespace unknot::gui
