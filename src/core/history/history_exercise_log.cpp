// The history store's lean read for "how each exercise is going" (exercise_stats.h): a table scan
// of five step columns instead of whole sessions with every step.
#include "core/history/history_internal.h"
#include "core/history/history_store.h"

#include <sqlite3.h>

namespace unknot {

using history::guarded;
using sqlite::Statement;
using sqlite::Transaction;

namespace {

ExerciseStep read_step(const Statement& row)
{
    const auto side = step_side_from(row.text(3));
    const auto outcome = step_outcome_from(row.text(4));
    if (!side || !outcome)
        throw sqlite::Error(SQLITE_CORRUPT, 0, "unexpected step in the history");
    return {row.int64(0), row.text(1), row.text(2), *side, *outcome};
}

} // namespace

StoreResult<ExerciseLog> HistoryStore::exercise_log() const
{
    StoreResult<ExerciseLog> result;
    result.status = guarded("Could not read the history", [&] {
        Transaction read(db_, Transaction::Mode::deferred);
        Statement sessions(db_, "SELECT id, pain_before, pain_after FROM sessions ORDER BY id");
        while (sessions.step())
            result.value.sessions.push_back(
                {sessions.int64(0), sessions.optional_int(1), sessions.optional_int(2)});
        // Steps are written session by session, so their ids keep each session's together.
        Statement steps(db_, "SELECT session_id, exercise_id, exercise_name, side, outcome "
                             "FROM steps WHERE kind != 'timed' AND exercise_id != '' ORDER BY id");
        while (steps.step())
            result.value.steps.push_back(read_step(steps));
        return StoreStatus{};
    });
    return result;
}

} // namespace unknot
