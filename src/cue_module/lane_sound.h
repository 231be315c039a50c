// The sound cues (resources/sounds, compiled into the app) played through the module's audio
// stream.
#pragma once

#include "cue_module/audio_lane.h"
#include "gui/player/cue_outputs.h"

#include <memory>

namespace unknot::cues {

// Null with `why` when a sound file is missing or unreadable.
std::unique_ptr<gui::SoundOutput> make_lane_sound(std::shared_ptr<AudioLane> lane,
                                                  gui::CueTimeline* timeline, QString* why);

// The file name (without .wav) of each cue, its name in the cue script (core's sound_name); also
// its name in the cue timeline.
QString sound_file_name(gui::SoundCue cue);

} // namespace unknot::cues
