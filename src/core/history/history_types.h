// The session log as plain values: what the history store writes and reads back.
//
// Times are UTC seconds (std::chrono::sys_seconds) with the local UTC offset of the moment the
// session started; a session belongs to the local day and week of its start.
#pragma once

#include "core/routine/routine.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

using std::chrono::local_seconds;
using std::chrono::sys_seconds;

enum class SessionStatus { in_progress, completed, stopped, interrupted };
// stopped: the session was stopped while this step was under way.
enum class StepOutcome { done, skipped, stopped_for_pain, stopped };
enum class StepSide { none, left, right, alternating };
// The answer to "this hurts": carry on with the easier version, skip the exercise, end the session.
enum class HurtChoice { easier, skip, end_session };

// The names used in the database (and in exports): "in_progress", "stopped_for_pain"...
std::string_view to_string(SessionStatus status);
std::string_view to_string(StepOutcome outcome);
std::string_view to_string(StepSide side);
std::string_view step_kind_to_db(StepKind kind);
std::string_view to_string(HurtChoice choice); // "easier", "skip", "end_session"
std::optional<SessionStatus> session_status_from(std::string_view text);
std::optional<StepOutcome> step_outcome_from(std::string_view text);
std::optional<StepSide> step_side_from(std::string_view text);
std::optional<StepKind> step_kind_from_db(std::string_view text);
std::optional<HurtChoice> hurt_choice_from(std::string_view text);

// One finished exercise phase (hold, reps or timed activity). Rests are not steps.
struct StepRecord {
    std::string exercise_id;        // empty for a timed activity
    std::string exercise_name;      // or the timed activity's title
    StepKind kind = StepKind::hold; // hold, reps or timed
    StepSide side = StepSide::none;
    int set = 1;
    int sets = 1;
    std::optional<double> target_seconds; // hold and timed: the planned seconds
    std::optional<int> target_reps;       // reps
    double active_seconds = 0;
    std::optional<int> reps_done; // reps, when known
    StepOutcome outcome = StepOutcome::done;
    sys_seconds finished_at{};
    // The plan's phase index, when known. A phase finished again (after "back") updates its row:
    // the last outcome counts and the active seconds add up.
    std::optional<int> phase;
    // "This hurts" was pressed during this step's phase and answered so (skip and end_session
    // come with outcome stopped_for_pain; easier goes on).
    std::optional<HurtChoice> hurt_choice;
    std::string variation; // the easier version done instead of the exercise; empty: none
    bool operator==(const StepRecord&) const = default;
};

// Seconds of the session so far: exercise phases, and everything else (rests, lead-ins, switches).
struct SessionTotals {
    double active_seconds = 0;
    double rest_seconds = 0;
    bool operator==(const SessionTotals&) const = default;
};

struct SessionStart {
    std::string routine_id;
    std::string routine_title;
    std::string snapshot; // the routine as played, JSON
    sys_seconds started_at{};
    int utc_offset_minutes = 0;     // local time = UTC + offset, at the start
    std::optional<int> pain_before; // 0..10
    bool flare_up = false; // the gentle version on a flare-up day: not counted for progression
};

struct SessionEnd {
    SessionStatus status = SessionStatus::completed; // completed, stopped or interrupted
    sys_seconds ended_at{};
    SessionTotals totals;
    std::optional<int> pain_after; // 0..10
    std::string notes;
};

struct SessionRecord {
    std::int64_t id = 0;
    std::string routine_id;
    std::string routine_title;
    std::string snapshot;      // empty unless asked for (SessionQuery::with_snapshot)
    std::string snapshot_hash; // FNV-1a 64, hex, of the snapshot bytes
    sys_seconds started_at{};
    int utc_offset_minutes = 0;
    SessionStatus status = SessionStatus::in_progress;
    std::optional<int> pain_before;
    std::optional<sys_seconds> ended_at;
    SessionTotals totals;
    std::optional<int> pain_after;
    std::string notes;
    bool flare_up = false;
    std::vector<StepRecord> steps; // in the order they were recorded (unless not asked for)

    local_seconds local_start() const
    {
        return local_seconds{started_at.time_since_epoch()} +
               std::chrono::minutes{utc_offset_minutes};
    }
    bool operator==(const SessionRecord&) const = default;
};

struct SessionQuery {
    bool with_steps = true;
    bool with_snapshot = false;
};

enum class StoreErrorKind {
    none,
    cannot_open,  // permission, missing folder, read-only or full disk
    damaged,      // not a database, damaged, or another application's database
    newer_schema, // written by a newer Unknot: never touched
    write_failed, // disk full, I/O error, read-only
    busy,         // still locked after the busy timeout
    not_found,
    invalid, // a value out of range, or an operation that does not fit the session's state
};

struct StoreStatus {
    StoreErrorKind kind = StoreErrorKind::none;
    std::string message; // for a person; empty when ok
    bool ok() const { return kind == StoreErrorKind::none; }
    explicit operator bool() const { return ok(); }
};

template <typename T> struct StoreResult {
    T value{}; // meaningful only when ok
    StoreStatus status;
    bool ok() const { return status.ok(); }
    explicit operator bool() const { return ok(); }
};

} // namespace unknot
