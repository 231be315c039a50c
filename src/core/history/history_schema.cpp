#include "core/history/history_schema.h"

#include <sqlite3.h>

#include <iterator>
#include <string>

namespace unknot {

namespace {

// Version 1. Times are UTC epoch seconds; started_local is the local wall-clock time of the start
// as epoch seconds, so that week queries by local time can use an index.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, so an undone delete gets its id back
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    snapshot TEXT NOT NULL,      -- the routine as played, JSON
    snapshot_hash TEXT NOT NULL, -- FNV-1a 64 of the snapshot bytes, hex
    started_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -1440 AND 1440),
    started_local INTEGER GENERATED ALWAYS AS (started_at + 60 * utc_offset_minutes) VIRTUAL,
    status TEXT NOT NULL
        CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    ended_at INTEGER,
    active_seconds REAL NOT NULL DEFAULT 0 CHECK (active_seconds >= 0),
    rest_seconds REAL NOT NULL DEFAULT 0 CHECK (rest_seconds >= 0),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    notes TEXT NOT NULL DEFAULT '',
    owner_boot_id TEXT NOT NULL DEFAULT '', -- the process that records an in-progress session
    owner_pid INTEGER NOT NULL DEFAULT 0,
    owner_start_time INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_local_start ON sessions (started_local);
CREATE INDEX sessions_in_progress ON sessions (status) WHERE status = 'in_progress';

CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0), -- order within the session
    phase INTEGER,                                   -- the plan's phase index, when known
    exercise_id TEXT NOT NULL,
    exercise_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('hold', 'reps', 'timed')),
    side TEXT NOT NULL CHECK (side IN ('none', 'left', 'right', 'alternating')),
    set_number INTEGER NOT NULL CHECK (set_number >= 1),
    sets INTEGER NOT NULL CHECK (sets >= 1),
    target_seconds REAL,
    target_reps INTEGER,
    active_seconds REAL NOT NULL CHECK (active_seconds >= 0),
    reps_done INTEGER,
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'stopped_for_pain', 'stopped')),
    finished_at INTEGER NOT NULL,
    UNIQUE (session_id, position),
    UNIQUE (session_id, phase)
) STRICT;
)sql";

// Version 2: the programme (issue 16). Flare-up sessions (the gentle version, not counted for
// progression) and the answers to the week-3 check-in, one per programme and week.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE sessions ADD COLUMN flare_up INTEGER NOT NULL DEFAULT 0 CHECK (flare_up IN (0, 1));

CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    programme_start TEXT NOT NULL, -- the programme's first day, YYYY-MM-DD
    week INTEGER NOT NULL CHECK (week >= 1),
    answer TEXT NOT NULL CHECK (answer IN ('better', 'same', 'worse')),
    answered_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -1440 AND 1440),
    UNIQUE (programme_start, week)
) STRICT;
)sql";

// Version 3: what the person chose after "this hurts", and the easier version done instead.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE steps ADD COLUMN hurt_choice TEXT
    CHECK (hurt_choice IN ('easier', 'skip', 'end_session'));
ALTER TABLE steps ADD COLUMN variation TEXT NOT NULL DEFAULT '';
)sql";

struct Migration {
    int version;
    const char* sql;
};

// Append new versions here; never edit a released one (tests/data/history-v1.sql freezes v1).
constexpr Migration kMigrations[] = {{1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}};
static_assert(std::size(kMigrations) == kHistorySchemaVersion);

void apply(sqlite::Connection& db, const Migration& migration)
{
    sqlite::Transaction transaction(db);
    if (sqlite::query_int(db, "PRAGMA user_version") >= migration.version)
        return; // another process got there first
    db.exec(migration.sql);
    db.exec("PRAGMA application_id = " + std::to_string(kHistoryApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
}

} // namespace

void configure_connection(sqlite::Connection& db, int busy_timeout_ms)
{
    db.set_busy_timeout(busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    const auto mode = [&] {
        sqlite::Statement wal(db, "PRAGMA journal_mode = WAL");
        wal.step();
        return wal.text(0);
    }();
    if (mode != "wal")
        throw sqlite::Error(SQLITE_CANTOPEN, 0, "could not switch to WAL mode (" + mode + ")");
    // synchronous = FULL: in WAL mode, NORMAL does not sync the WAL at each commit, so a step we
    // reported as committed could vanish after a power cut. FULL syncs the WAL on every commit;
    // a step is committed about once every half minute, so the cost (one fsync) does not matter.
    db.exec("PRAGMA synchronous = FULL");
}

void migrate_history(sqlite::Connection& db)
{
    for (const Migration& migration : kMigrations) {
        if (sqlite::query_int(db, "PRAGMA user_version") < migration.version)
            apply(db, migration);
    }
}

} // namespace unknot
