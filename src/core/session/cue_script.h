// The cue script: for every phase of a session plan, what is said and played and when, as offsets
// from the phase's start. Built by coach_session() (coach.h); the engine fires each item once at
// its time, the player plays the ones the guidance level lets through.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// What an item is for; the guidance level filters speech by it. Highest priority first:
// countdown: the 3-2-1 ticks and the sound that marks a phase's start or end;
// safety: a stop condition; announcement: the exercise's name, side, switch, rest, next, the end;
// count: rep counts and the halfway sound; instruction: setup, movement, step note;
// time: "halfway", "last five seconds" (the movement matters more); form: form cues;
// breathing: breathing reminders.
enum class CueCategory {
    countdown,
    safety,
    announcement,
    count,
    instruction,
    time,
    form,
    breathing
};

// Ordered by weight (the heavier one wins when two are due at once). tick: each of the last three
// seconds and each paced rep after the first; halfway: the middle of a hold; set_end: a hold or set
// is over; phase_start: a hold, set or timed activity begins; switch_sides: change to the other
// side; finished: the session is complete.
enum class CueSound { tick, halfway, set_end, phase_start, switch_sides, finished };

// full: everything; names_and_counts: names, sides, rests, counts, time and stop conditions, no
// instructions or cues; sounds_only: no speech; silent: nothing.
enum class GuidanceLevel { full, names_and_counts, sounds_only, silent };

struct CueItem {
    double at = 0;      // seconds from the phase's start
    double seconds = 0; // how long it takes: a sound's length, or speech estimated from the text
    CueCategory category = CueCategory::instruction;
    std::string text;              // what is said; empty for a sound
    std::optional<CueSound> sound; // what is played; empty for speech
    int priority() const;
    double end() const { return at + seconds; }
    bool operator==(const CueItem&) const = default;
};

struct PhaseScript {
    std::vector<CueItem> items; // by time; none overlap
};

struct CueScript {
    std::vector<PhaseScript> phases; // one per plan phase; empty: no cues at all
    std::vector<CueItem> completed;  // played when the last phase ends, `at` from then
    std::vector<CueItem> stopped;    // played when the session is stopped early
};

int priority(CueCategory category); // higher wins
bool speaks(GuidanceLevel level, CueCategory category);
bool plays_sounds(GuidanceLevel level);

// Names for the command line and logs: "countdown", "phase-start", "names-and-counts".
std::string_view category_name(CueCategory category);
// Inline: the sound module (src/cue_module) names its files by it and links no core library.
inline std::string_view sound_name(CueSound sound)
{
    constexpr std::string_view names[] = {"tick",        "halfway",      "set-end",
                                          "phase-start", "switch-sides", "finished"};
    return names[static_cast<std::size_t>(sound)];
}
std::string_view guidance_name(GuidanceLevel level);
std::optional<GuidanceLevel> guidance_named(std::string_view name);
const std::vector<GuidanceLevel>& guidance_levels(); // in order, full first

} // namespace unknot
