// How each exercise is going, from the log: descriptive counts only, no claims about causes.
#pragma once

#include "core/history/history_types.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace unknot {

// "This hurts" was pressed on this step (it stopped the step for pain).
bool hurt_on(const StepRecord& step);
// At least one step of `exercise_id` in `session` was done (not skipped or stopped).
bool exercise_done_in(const SessionRecord& session, std::string_view exercise_id);

struct SideCompletion {
    int done = 0;     // steps of this side done
    int recorded = 0; // steps of this side the log has (done, skipped or stopped)
    bool operator==(const SideCompletion&) const = default;
};

struct ExerciseStats {
    std::string exercise_id;
    std::string name;   // as last logged
    int sessions = 0;   // sessions in which it was done
    int hurt_stops = 0; // steps stopped with "this hurts"
    // Average of (pain after - pain before) over the sessions in which it was done and both were
    // rated; nullopt when none was.
    std::optional<double> pain_change;
    int rated_sessions = 0; // how many sessions that average is over
    bool sided = false;     // done one side at a time
    SideCompletion left;
    SideCompletion right;
    bool operator==(const ExerciseStats&) const = default;
};

// The part of the log the table reads: each session's pain, and each exercise step (timed
// activities left out) in the order they were logged, session by session.
struct ExerciseStep {
    std::int64_t session_id = 0;
    std::string exercise_id;
    std::string exercise_name;
    StepSide side = StepSide::none;
    StepOutcome outcome = StepOutcome::done;
};
struct SessionPain {
    std::int64_t session_id = 0;
    std::optional<int> before;
    std::optional<int> after;
};
struct ExerciseLog {
    std::vector<SessionPain> sessions; // by session id
    std::vector<ExerciseStep> steps;   // grouped by session
};
ExerciseLog exercise_log_of(std::span<const SessionRecord> sessions);

// One entry per exercise the log has (timed activities left out), most sessions first, ties by
// name. Sessions of any status count; only their steps say what was done.
std::vector<ExerciseStats> exercise_stats(const ExerciseLog& log);
std::vector<ExerciseStats> exercise_stats(std::span<const SessionRecord> sessions);

} // namespace unknot
