-- A history database as Unknot wrote it at schema version 1, frozen: never edit it.
-- tests/core/history/history_open_test.cpp builds a file from it to test opening and migrating old files.
PRAGMA application_id = 1433299828;
PRAGMA user_version = 1;
BEGIN;
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

INSERT INTO sessions (id, routine_id, routine_title, snapshot, snapshot_hash, started_at,
    utc_offset_minutes, status, pain_before, ended_at, active_seconds, rest_seconds, pain_after,
    notes, owner_boot_id, owner_pid, owner_start_time)
VALUES
    (1, 'desk-reset', 'Desk reset', '{"id":"desk-reset"}', 'f2b9f8e1d2b1c0a9', 1718611200, 120, 'completed',
     6, 1718611800, 300.5, 120.0, 3, 'Felt looser, "much" better', '', 0, 0),
    (2, 'foam-roller', 'Foam roller basics', '{"id":"foam-roller"}', '0123456789abcdef', 1718784000,
     -300, 'interrupted', NULL, 1718784100, 42.0, 0.0, NULL, '', 'old-boot', 4242, 17);

INSERT INTO steps (session_id, position, phase, exercise_id, exercise_name, kind, side, set_number,
    sets, target_seconds, target_reps, active_seconds, reps_done, outcome, finished_at)
VALUES
    (1, 0, 1, 'doorway-stretch', 'Doorway stretch', 'hold', 'left', 1, 1, 30.0, NULL, 30.0, NULL,
     'done', 1718611260),
    (1, 1, 3, 'doorway-stretch', 'Doorway stretch', 'hold', 'right', 1, 1, 30.0, NULL, 12.5, NULL,
     'stopped_for_pain', 1718611300),
    (1, 2, 5, 'bird-dog', 'Bird dog', 'reps', 'alternating', 1, 2, NULL, 6, 15.0, 6, 'done',
     1718611400),
    (1, 3, 9, '', 'Heat on the upper back', 'timed', 'none', 1, 1, 900.0, NULL, 0.0, NULL, 'skipped',
     1718611500),
    (2, 0, 1, 'cat-camel', 'Cat camel', 'reps', 'none', 1, 1, NULL, 10, 42.0, NULL, 'done',
     1718784100);
COMMIT;
