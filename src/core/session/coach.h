// The coach: what is said and played in every phase of a session, and when (the cue script), from
// the routine's own text.
//
// Lead-in: the exercise's name, its side (or that it alternates), the step's note, the equipment
// other than the mat, the setup for that side and the first stop condition, then 3-2-1. A hold or
// a set: the movement in order (a line tied to a key pose when the figure starts moving into it,
// the others one after the other from the start), then form cues and breathing in turn about every
// 12 s, "halfway" and "last five seconds", counts for paced reps (with the side when they
// alternate), 3-2-1. A side switch: "Other side" and the setup for that side. A rest: "Rest", the
// next set or exercise and as much of its setup as fits. A timed activity: its title, note and its
// exercise's text, with cues, breathing and stop conditions in turn. The end of the session.
//
// Nothing overlaps (cue_placement.h). What the person needs before they move is never cut short:
// when the level at the start speaks it and a lead-in, side switch or a rest that changes sides is
// too short for it, that phase is lengthened, to whole seconds, until it fits; a step without a
// lead-in gets one.
#pragma once

#include "core/routine/routine.h"
#include "core/routine/session_plan.h"
#include "core/session/cue_phrases.h"
#include "core/session/cue_script.h"
#include "core/session/speech_length.h"

namespace unknot {

inline constexpr double kRotationSeconds = 12.0;     // form cues and breathing, one every ...
inline constexpr double kLongRotationSeconds = 30.0; // ... or this in phases over two minutes
inline constexpr double kMovementPauseSeconds = 1.0; // time to act between movement lines
inline constexpr double kHalfwayMinSeconds = 20.0;   // holds this long hear "halfway"
inline constexpr double kLastFiveMinSeconds = 10.0;  // holds this long hear "last five seconds"
inline constexpr int kCountdownFrom = 3;
inline constexpr double kMaxStretchedSeconds = 300.0; // no phase is lengthened past this

struct CoachOptions {
    GuidanceLevel level = GuidanceLevel::full; // at the start: phases lengthen for what it says
    SpeechPace pace;
    CuePhrases phrases;
    std::string language; // the routine's texts in this language where they are translated
};

struct CoachedSession {
    SessionPlan plan; // the plan with its lengthened phases
    CueScript script;
};

CoachedSession coach_session(SessionPlan plan, const Routine& routine, const ExerciseLookup& lookup,
                             const CoachOptions& options);

} // namespace unknot
