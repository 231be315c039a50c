#include "cue_module/lane_sound.h"

#include <QJsonObject>

#include <array>

namespace unknot::cues {

namespace {

using gui::SoundCue;

constexpr std::array kCues = {SoundCue::tick,        SoundCue::halfway,      SoundCue::set_end,
                              SoundCue::phase_start, SoundCue::switch_sides, SoundCue::finished};

double seconds(TimePoint t)
{
    return to_seconds(t.time_since_epoch());
}

class LaneSound : public gui::SoundOutput {
public:
    LaneSound(std::shared_ptr<AudioLane> lane, gui::CueTimeline* timeline,
              std::array<Clip, kCues.size()> clips)
        : lane_(std::move(lane)), timeline_(timeline), clips_(std::move(clips))
    {}

    void play(SoundCue cue) override
    {
        const TimePoint asked = Clock::now();
        const AudioLane::Placed placed =
            lane_->play_sound(clips_[static_cast<std::size_t>(cue)], float(volume_));
        if (timeline_)
            timeline_->note(asked, QStringLiteral("sound"),
                            {{QStringLiteral("cue"), sound_file_name(cue)},
                             {QStringLiteral("start"), seconds(placed.start)},
                             {QStringLiteral("end"), seconds(placed.end)},
                             {QStringLiteral("first"), double(placed.first)},
                             {QStringLiteral("last"), double(placed.last)}});
    }

    void set_volume(double volume) override { volume_ = std::clamp(volume, 0.0, 1.0); }

private:
    std::shared_ptr<AudioLane> lane_;
    gui::CueTimeline* timeline_;
    std::array<Clip, kCues.size()> clips_; // in SoundCue order
    double volume_ = 0.8;
};

} // namespace

QString sound_file_name(SoundCue cue)
{
    return QString::fromUtf8(unknot::sound_name(cue));
}

std::unique_ptr<gui::SoundOutput> make_lane_sound(std::shared_ptr<AudioLane> lane,
                                                  gui::CueTimeline* timeline, QString* why)
{
    std::array<Clip, kCues.size()> clips;
    for (SoundCue cue : kCues) {
        Clip& clip = clips[static_cast<std::size_t>(cue)];
        clip = load_wav(QStringLiteral(":/sounds/%1.wav").arg(sound_file_name(cue)), why);
        if (!clip)
            return nullptr;
    }
    return std::make_unique<LaneSound>(std::move(lane), timeline, std::move(clips));
}

} // namespace unknot::cues
