// Speech from libespeak-ng, synthesised into a clip on a thread of its own and played through the
// module's audio stream (AudioLane). Offline, with voices for many languages (German among them),
// and the length of every utterance known before it is heard.
#pragma once

#include "cue_module/audio_lane.h"
#include "gui/player/cue_outputs.h"

#include <memory>

namespace unknot::cues {

// Null with `why` when espeak-ng cannot start or has no voice for `language`.
std::unique_ptr<gui::SpeechOutput> make_espeak_speech(std::shared_ptr<AudioLane> lane,
                                                      const gui::CueOutputOptions& options,
                                                      QString* why);

} // namespace unknot::cues
