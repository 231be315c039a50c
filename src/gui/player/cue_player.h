// Sound and voice for a session: the player page forwards each batch of engine events here.
// Either output may be missing (no audio device, no speech engine): the session then runs the
// same with its visual cues.
#pragma once

#include "core/session/session_engine.h"
#include "gui/player/cue_outputs.h"

#include <memory>

namespace unknot::gui {

class CuePlayer {
public:
    // `timeline`, when given, notes every batch of events and every silence (the outputs may note
    // into it too: it is kept until they are gone).
    CuePlayer(std::unique_ptr<SoundOutput> sound, std::unique_ptr<SpeechOutput> speech,
              std::unique_ptr<CueTimeline> timeline = nullptr);
    ~CuePlayer();
    CuePlayer(const CuePlayer&) = delete;
    CuePlayer& operator=(const CuePlayer&) = delete;

    // Probes the audio outputs and speech engines, for a voice in the interface's language; says
    // what is missing and why in one qInfo line.
    static std::unique_ptr<CuePlayer> create_default();

    void play(const Events& events, const SessionPlan& plan);
    void silence(); // stops speaking, e.g. on pause

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

private:
    void note(const Events& events, const SessionPlan& plan, const CueScript& script);

    std::unique_ptr<CueTimeline> timeline_; // first: the outputs may hold it
    std::unique_ptr<SoundOutput> sound_;
    std::unique_ptr<SpeechOutput> speech_;
    bool sound_on_ = true;
    bool voice_on_ = true;
};

} // namespace unknot::gui
