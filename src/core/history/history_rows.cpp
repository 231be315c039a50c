// Row conversion for the history store: errors, reading sessions and steps, writing a step.
#include "core/history/history_internal.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace unknot::history {

namespace {

StoreErrorKind kind_of(int code)
{
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreErrorKind::busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreErrorKind::damaged;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return StoreErrorKind::invalid;
    default:
        return StoreErrorKind::write_failed;
    }
}

template <typename T, typename Parse>
T parse_column(const sqlite::Statement& row, int column, Parse parse)
{
    const std::string_view text = row.text_view(column);
    if (const auto value = parse(text))
        return *value;
    throw sqlite::Error(SQLITE_CORRUPT, 0,
                        "unexpected value '" + std::string(text) + "' in the history");
}

std::optional<double> optional_real(const sqlite::Statement& row, int column)
{
    return row.is_null(column) ? std::nullopt : std::optional<double>(row.real(column));
}

constexpr std::string_view kStepColumns =
    "session_id, phase, exercise_id, exercise_name, kind, side, set_number, sets, target_seconds, "
    "target_reps, active_seconds, reps_done, outcome, finished_at, hurt_choice, variation";

StepRecord read_step(const sqlite::Statement& row)
{
    StepRecord step;
    step.phase = row.optional_int(1);
    step.exercise_id = row.text(2);
    step.exercise_name = row.text(3);
    step.kind = parse_column<StepKind>(row, 4, step_kind_from_db);
    step.side = parse_column<StepSide>(row, 5, step_side_from);
    step.set = row.int32(6);
    step.sets = row.int32(7);
    step.target_seconds = optional_real(row, 8);
    step.target_reps = row.optional_int(9);
    step.active_seconds = row.real(10);
    step.reps_done = row.optional_int(11);
    step.outcome = parse_column<StepOutcome>(row, 12, step_outcome_from);
    step.finished_at = from_db(row.int64(13));
    if (!row.is_null(14))
        step.hurt_choice = parse_column<HurtChoice>(row, 14, hurt_choice_from);
    step.variation = row.text(15);
    return step;
}

std::string session_columns(bool with_snapshot)
{
    return std::string("id, routine_id, routine_title, snapshot_hash, started_at, "
                       "utc_offset_minutes, status, pain_before, ended_at, active_seconds, "
                       "rest_seconds, pain_after, notes, flare_up, ") +
           (with_snapshot ? "snapshot" : "''");
}

// Every field of `s` from the row (steps aside); assigning keeps the strings' room.
void read_session_into(const sqlite::Statement& row, SessionRecord& s)
{
    s.id = row.int64(0);
    s.routine_id = row.text_view(1);
    s.routine_title = row.text_view(2);
    s.snapshot_hash = row.text_view(3);
    s.started_at = from_db(row.int64(4));
    s.utc_offset_minutes = row.int32(5);
    s.status = parse_column<SessionStatus>(row, 6, session_status_from);
    s.pain_before = row.optional_int(7);
    s.ended_at = row.is_null(8) ? std::nullopt : std::optional(from_db(row.int64(8)));
    s.totals = {row.real(9), row.real(10)};
    s.pain_after = row.optional_int(11);
    s.notes = row.text_view(12);
    s.flare_up = row.int32(13) != 0;
    s.snapshot = row.text_view(14);
}

SessionRecord read_session(const sqlite::Statement& row)
{
    SessionRecord s;
    read_session_into(row, s);
    return s;
}

void read_steps(sqlite::Connection& db, std::string_view where, const Binder& bind,
                std::vector<SessionRecord>& sessions)
{
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        index.emplace(sessions[i].id, i);
    sqlite::Statement query(db, "SELECT " + std::string(kStepColumns) +
                                    " FROM steps WHERE session_id IN (SELECT id FROM sessions "
                                    "WHERE " +
                                    std::string(where) + ") ORDER BY session_id, position");
    bind(query);
    while (query.step()) {
        if (const auto it = index.find(query.int64(0)); it != index.end())
            sessions[it->second].steps.push_back(read_step(query));
    }
}

} // namespace

StoreStatus error(StoreErrorKind kind, std::string message)
{
    return StoreStatus{kind, std::move(message)};
}

StoreStatus status_from(const sqlite::Error& e, std::string_view context)
{
    std::string message = std::string(context) + ": ";
    if (e.code() == SQLITE_FULL)
        message += "the disk is full (" + std::string(e.what()) + ")";
    else if (e.code() == SQLITE_IOERR)
        message += "the disk refused a write; it may be full (" + std::string(e.what()) + ")";
    else if (e.code() == SQLITE_READONLY)
        message += "the file cannot be written to (" + std::string(e.what()) + ")";
    else
        message += e.what();
    return error(kind_of(e.code()), std::move(message));
}

std::vector<SessionRecord> read_sessions(sqlite::Connection& db, std::string_view where,
                                         const Binder& bind, SessionQuery query)
{
    sqlite::Statement select(db, "SELECT " + session_columns(query.with_snapshot) +
                                     " FROM sessions WHERE " + std::string(where) +
                                     " ORDER BY started_at, id");
    bind(select);
    std::vector<SessionRecord> sessions;
    while (select.step())
        sessions.push_back(read_session(select));
    if (query.with_steps && !sessions.empty())
        read_steps(db, where, bind, sessions);
    return sessions;
}

void visit_sessions(sqlite::Connection& db, const std::function<void(const SessionRecord&)>& visit)
{
    // What adding up needs: the notes and the snapshot's hash stay where they are.
    sqlite::Statement select(db,
                             "SELECT id, routine_id, routine_title, '', started_at, "
                             "utc_offset_minutes, status, pain_before, ended_at, active_seconds, "
                             "rest_seconds, pain_after, '', flare_up, '' "
                             "FROM sessions ORDER BY started_at, id");
    SessionRecord record;
    while (select.step()) {
        read_session_into(select, record);
        visit(record);
    }
}

void insert_step(sqlite::Connection& db, std::int64_t session, const StepRecord& step)
{
    sqlite::Statement insert(
        db, "INSERT INTO steps (session_id, position, phase, exercise_id, exercise_name, kind, "
            "side, set_number, sets, target_seconds, target_reps, active_seconds, reps_done, "
            "outcome, finished_at, hurt_choice, variation) VALUES (?1, (SELECT "
            "coalesce(max(position) + 1, 0) FROM steps WHERE session_id = ?1), ?2, ?3, ?4, ?5, "
            "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
            "ON CONFLICT (session_id, phase) DO UPDATE SET "
            "active_seconds = active_seconds + excluded.active_seconds, "
            "reps_done = excluded.reps_done, outcome = excluded.outcome, "
            "finished_at = excluded.finished_at, hurt_choice = excluded.hurt_choice, "
            "variation = excluded.variation");
    insert.bind(1, session).bind(2, step.phase).bind(3, step.exercise_id);
    insert.bind(4, step.exercise_name).bind(5, step_kind_to_db(step.kind));
    insert.bind(6, to_string(step.side)).bind(7, step.set).bind(8, step.sets);
    insert.bind(9, step.target_seconds).bind(10, step.target_reps);
    insert.bind(11, step.active_seconds).bind(12, step.reps_done);
    insert.bind(13, to_string(step.outcome)).bind(14, to_db(step.finished_at));
    if (step.hurt_choice)
        insert.bind(15, to_string(*step.hurt_choice));
    else
        insert.bind_null(15);
    insert.bind(16, step.variation);
    insert.run();
}

} // namespace unknot::history
