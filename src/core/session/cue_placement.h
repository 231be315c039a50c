// Where the items of one phase go so that none overlaps another: what the guidance level plays is
// placed before what it does not, higher priorities first; an item that does not fit where it
// wants moves to the next free gap its windows allow, or is dropped. Nothing is ever shortened.
#pragma once

#include "core/session/cue_script.h"

#include <vector>

namespace unknot {

inline constexpr double kSpeechGapSeconds = 0.3; // between two utterances
inline constexpr double kSoundGapSeconds = 0.12; // between a sound and anything else

struct CueWindow {
    double earliest = 0; // start times allowed, in seconds from the phase's start
    double latest = 0;
};

struct CueRequest {
    CueItem item;                   // at: unused; seconds: its length
    std::vector<CueWindow> windows; // in order of preference
    int chain = -1;                 // requests of one chain (>= 0) are said in their order
    double pause_before = 0;        // more room after the previous one of its chain
    bool needs_previous = false;    // dropped when the previous one of its chain was
    bool must_fit = false;          // the phase lengthens rather than drop it (see coach.h)
};

struct Placement {
    std::vector<CueItem> items; // by time
    bool dropped_must_fit = false;
};

// Every item ends by `end` (the phase's length). A chain is placed as one, at the priority of its
// most important member, each member after the previous placed one has ended; items and chains of
// equal priority are placed in the order given. `dropped_must_fit` counts only what `level` plays.
Placement place_cues(const std::vector<CueRequest>& requests, double end, GuidanceLevel level);

// The least time between `a` and a `b` that follows it.
double gap_between(const CueItem& a, const CueItem& b);

} // namespace unknot
