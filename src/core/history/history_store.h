// The session log in SQLite: one row per session, one per finished exercise step.
//
// Every public member returns its error as a value and never throws. Use one HistoryStore per
// thread; any number of stores and processes may share one file (WAL, BEGIN IMMEDIATE for every
// write, a busy timeout of 5 s).
#pragma once

#include "core/history/check_in.h"
#include "core/history/exercise_stats.h"
#include "core/history/history_types.h"
#include "core/history/sqlite_db.h"
#include "core/platform/process_identity.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace unknot {

// read_only: nothing can be written where the history is (see OpenResult::read_only); an existing
// history is opened for reading, so the sessions saved before can still be shown.
enum class OpenOutcome { ok, damaged, newer_schema, cannot_open, read_only };

// Why sessions cannot be saved, for a person: what may not be written, and since when.
struct ReadOnlyReason {
    enum class What { folder, file } what = What::folder;
    std::filesystem::path path;   // the data folder, or the history file (or its -wal, -shm)
    bool read_only_drive = false; // the file system is mounted read-only (EROFS)
};

class HistoryStore;

struct OpenResult {
    OpenOutcome outcome = OpenOutcome::cannot_open;
    std::string message;                 // for a person; empty when ok and nothing was moved
    std::unique_ptr<HistoryStore> store; // when ok; when read_only, for reading, if there is one
    int interrupted_sessions = 0;        // sessions of dead processes marked interrupted on open
    std::optional<std::filesystem::path> moved_aside; // open_history: where a damaged file went
    std::optional<ReadOnlyReason> read_only;          // set with OpenOutcome::read_only
};

struct HistoryStoreOptions {
    OwnerId owner = current_owner();         // recorded with each session this store begins
    OwnerProbe owner_is_alive = owner_alive; // decides which in-progress sessions to recover
    int busy_timeout_ms = 5000;
};

class HistoryStore {
public:
    // Opens or creates the database. A damaged, foreign or newer file is reported, never changed.
    // On success, in-progress sessions whose owner process is gone are marked interrupted.
    static OpenResult open(const std::filesystem::path& path, HistoryStoreOptions options = {});

    const std::filesystem::path& path() const { return path_; }
    const HistoryStoreOptions& options() const { return options_; } // to open it again elsewhere
    bool read_only() const; // opened for reading only: every write fails

    StoreResult<std::int64_t> begin_session(const SessionStart& start);
    // Adds steps in order and sets the running totals, in one transaction.
    StoreStatus add_steps(std::int64_t session, std::span<const StepRecord> steps,
                          const SessionTotals& totals);
    StoreStatus add_step(std::int64_t session, const StepRecord& step, const SessionTotals& totals);
    StoreStatus finish_session(std::int64_t session, const SessionEnd& end);
    // After the summary: pain after and notes of a finished session.
    StoreStatus save_summary(std::int64_t session, std::optional<int> pain_after,
                             std::string_view notes);
    StoreStatus update_notes(std::int64_t session, std::string_view notes);
    // Removes a session and its steps and returns all of it (snapshot included) for undo.
    StoreResult<SessionRecord> delete_session(std::int64_t session);
    // Puts a deleted session back with its id and steps.
    StoreStatus restore_session(const SessionRecord& record);

    // not_found when there is no such session.
    StoreResult<SessionRecord> session(std::int64_t session, SessionQuery query = {}) const;
    // Sessions that started in [from, to), oldest first: by UTC, or by local wall-clock time.
    StoreResult<std::vector<SessionRecord>> sessions_between(sys_seconds from, sys_seconds to,
                                                             SessionQuery query = {}) const;
    StoreResult<std::vector<SessionRecord>>
    sessions_between_local(local_seconds from, local_seconds to, SessionQuery query = {}) const;
    StoreResult<std::vector<SessionRecord>> all_sessions(SessionQuery query = {}) const;
    // Each session's pain and each exercise step's exercise, side and outcome, and nothing else:
    // what "how each exercise is going" reads over the whole history (exercise_stats.h).
    StoreResult<ExerciseLog> exercise_log() const;
    // Every session, oldest first, without steps, notes or snapshot, one at a time: `visit` gets
    // one record filled again for each, for what only adds them up (nothing is kept, nothing
    // copied).
    StoreStatus visit_sessions(const std::function<void(const SessionRecord&)>& visit) const;

    // Keeps the answer to a programme's check-in; false (and nothing changes) when that programme
    // and week already have one: the first answer stays.
    StoreResult<bool> add_check_in(const CheckIn& check_in);
    // Every check-in answer, oldest first.
    StoreResult<std::vector<CheckIn>> check_ins() const;

    // Marks in-progress sessions of processes that are gone as interrupted; returns how many.
    StoreResult<int> recover_interrupted();

    // Changes when anything in the file changed since it was last asked: through this store (rows
    // it changed) or through any other connection (SQLite's data_version). None when SQLite cannot
    // say, which a caller takes as "changed".
    struct Version {
        std::int64_t own_changes = 0;
        std::int64_t others = 0;
        bool operator==(const Version&) const = default;
    };
    std::optional<Version> version() const;

private:
    HistoryStore(std::filesystem::path path, sqlite::Connection db, HistoryStoreOptions options);
    static OpenResult open_read_only(const std::filesystem::path& path,
                                     const ReadOnlyReason& reason, HistoryStoreOptions options);
    StoreResult<std::vector<SessionRecord>>
    sessions_where(std::string_view where, const std::function<void(sqlite::Statement&)>& bind,
                   SessionQuery query) const;

    std::filesystem::path path_;
    mutable sqlite::Connection db_;
    HistoryStoreOptions options_;
};

// Moves a damaged database aside: renames FILE, FILE-wal, FILE-shm and FILE-journal to
// FILE.corrupt-YYYYMMDDTHHMMSSZ (plus -2, -3... if taken) with the same suffixes. Deletes nothing.
// Returns the new path of FILE.
StoreResult<std::filesystem::path> move_aside(const std::filesystem::path& path, sys_seconds now);

// What the app calls: open, and if the file is damaged or foreign, move it aside and start a new
// one (outcome ok, moved_aside and message set). A newer or unopenable file gives no store.
OpenResult open_history(const std::filesystem::path& path, sys_seconds now,
                        HistoryStoreOptions options = {});

} // namespace unknot
