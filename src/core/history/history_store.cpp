// The history store's writes and reads. Opening and recovery are in history_open.cpp.
#include "core/history/history_store.h"

#include "core/base/content_hash.h"
#include "core/history/history_internal.h"

#include <cmath>

#include <sqlite3.h>

namespace unknot {

using history::error;
using history::guarded;
using history::to_db;
using sqlite::Statement;
using sqlite::Transaction;

namespace {

const StoreStatus kOk{};

StoreStatus invalid(std::string message)
{
    return error(StoreErrorKind::invalid, std::move(message));
}

bool valid_pain(std::optional<int> pain)
{
    return !pain || (*pain >= 0 && *pain <= 10);
}

bool valid_seconds(double seconds)
{
    return std::isfinite(seconds) && seconds >= 0;
}

StoreStatus check_start(const SessionStart& start)
{
    if (!valid_pain(start.pain_before))
        return invalid("Pain before must be 0 to 10, got " + std::to_string(*start.pain_before));
    if (start.utc_offset_minutes < -1440 || start.utc_offset_minutes > 1440)
        return invalid("UTC offset out of range: " + std::to_string(start.utc_offset_minutes));
    return kOk;
}

StoreStatus check_totals(const SessionTotals& totals)
{
    if (!valid_seconds(totals.active_seconds) || !valid_seconds(totals.rest_seconds))
        return invalid("Session seconds must be zero or more");
    return kOk;
}

StoreStatus check_step(const StepRecord& step)
{
    if (step.kind == StepKind::rest)
        return invalid("A rest is not a step; count it in the session's rest seconds");
    if (step.set < 1 || step.sets < 1)
        return invalid("Step set and sets must be at least 1");
    if (!valid_seconds(step.active_seconds) ||
        (step.target_seconds && !valid_seconds(*step.target_seconds)))
        return invalid("Step seconds must be zero or more");
    if ((step.reps_done && *step.reps_done < 0) || (step.target_reps && *step.target_reps < 0))
        return invalid("Step reps must be zero or more");
    return kOk;
}

StoreStatus check_end(const SessionEnd& end)
{
    if (end.status == SessionStatus::in_progress)
        return invalid("A finished session cannot be in progress");
    if (!valid_pain(end.pain_after))
        return invalid("Pain after must be 0 to 10, got " + std::to_string(*end.pain_after));
    return check_totals(end.totals);
}

// After an UPDATE of one session that changed nothing: was it missing, or in the wrong state?
StoreStatus why_unchanged(sqlite::Connection& db, std::int64_t session, std::string_view action)
{
    Statement query(db, "SELECT status FROM sessions WHERE id = ?1");
    query.bind(1, session);
    if (!query.step())
        return error(StoreErrorKind::not_found,
                     "Session " + std::to_string(session) + " not found");
    return invalid("Cannot " + std::string(action) + ": session " + std::to_string(session) +
                   " is " + query.text(0));
}

void insert_session(sqlite::Connection& db, const SessionRecord& s, const OwnerId& owner)
{
    Statement insert(db,
                     "INSERT INTO sessions (id, routine_id, routine_title, snapshot, "
                     "snapshot_hash, started_at, utc_offset_minutes, status, pain_before, "
                     "ended_at, active_seconds, rest_seconds, pain_after, notes, owner_boot_id, "
                     "owner_pid, owner_start_time, flare_up) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                     "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    if (s.id > 0)
        insert.bind(1, s.id);
    insert.bind(2, s.routine_id).bind(3, s.routine_title).bind(4, s.snapshot);
    insert.bind(5, s.snapshot_hash).bind(6, to_db(s.started_at)).bind(7, s.utc_offset_minutes);
    insert.bind(8, to_string(s.status)).bind(9, s.pain_before);
    if (s.ended_at)
        insert.bind(10, to_db(*s.ended_at));
    insert.bind(11, s.totals.active_seconds).bind(12, s.totals.rest_seconds);
    insert.bind(13, s.pain_after).bind(14, s.notes);
    insert.bind(15, owner.boot_id).bind(16, owner.pid).bind(17, owner.start_time);
    insert.bind(18, s.flare_up ? 1 : 0);
    insert.run();
}

} // namespace

StoreResult<std::int64_t> HistoryStore::begin_session(const SessionStart& start)
{
    StoreResult<std::int64_t> result;
    result.status = guarded("Could not record the start of the session", [&] {
        if (auto status = check_start(start); !status)
            return status;
        SessionRecord row;
        row.routine_id = start.routine_id;
        row.routine_title = start.routine_title;
        row.snapshot = start.snapshot;
        row.snapshot_hash = fnv1a64_hex(start.snapshot);
        row.started_at = start.started_at;
        row.utc_offset_minutes = start.utc_offset_minutes;
        row.pain_before = start.pain_before;
        row.flare_up = start.flare_up;
        Transaction transaction(db_);
        insert_session(db_, row, options_.owner);
        result.value = db_.last_insert_rowid();
        transaction.commit();
        return kOk;
    });
    return result;
}

StoreStatus HistoryStore::add_steps(std::int64_t session, std::span<const StepRecord> steps,
                                    const SessionTotals& totals)
{
    return guarded("Could not save the step", [&] {
        for (const StepRecord& step : steps) {
            if (auto status = check_step(step); !status)
                return status;
        }
        if (auto status = check_totals(totals); !status)
            return status;
        Transaction transaction(db_);
        // A session wrongly marked interrupted (its owner looked gone) comes back to life.
        Statement update(db_, "UPDATE sessions SET active_seconds = ?2, rest_seconds = ?3, "
                              "status = 'in_progress', ended_at = NULL WHERE id = ?1 AND "
                              "status IN ('in_progress', 'interrupted')");
        update.bind(1, session).bind(2, totals.active_seconds).bind(3, totals.rest_seconds);
        update.run();
        if (db_.changes() == 0)
            return why_unchanged(db_, session, "add a step");
        for (const StepRecord& step : steps)
            history::insert_step(db_, session, step);
        transaction.commit();
        return kOk;
    });
}

StoreStatus HistoryStore::add_step(std::int64_t session, const StepRecord& step,
                                   const SessionTotals& totals)
{
    return add_steps(session, std::span<const StepRecord>(&step, 1), totals);
}

StoreStatus HistoryStore::finish_session(std::int64_t session, const SessionEnd& end)
{
    return guarded("Could not record the end of the session", [&] {
        if (auto status = check_end(end); !status)
            return status;
        Transaction transaction(db_);
        Statement update(db_,
                         "UPDATE sessions SET status = ?2, ended_at = ?3, active_seconds = ?4, "
                         "rest_seconds = ?5, pain_after = ?6, notes = ?7 WHERE id = ?1 AND "
                         "status IN ('in_progress', 'interrupted')");
        update.bind(1, session).bind(2, to_string(end.status)).bind(3, to_db(end.ended_at));
        update.bind(4, end.totals.active_seconds).bind(5, end.totals.rest_seconds);
        update.bind(6, end.pain_after).bind(7, end.notes);
        update.run();
        if (db_.changes() == 0)
            return why_unchanged(db_, session, "finish the session");
        transaction.commit();
        return kOk;
    });
}

StoreStatus HistoryStore::save_summary(std::int64_t session, std::optional<int> pain_after,
                                       std::string_view notes)
{
    return guarded("Could not save the summary", [&] {
        if (!valid_pain(pain_after))
            return invalid("Pain after must be 0 to 10, got " + std::to_string(*pain_after));
        Transaction transaction(db_);
        Statement update(db_, "UPDATE sessions SET pain_after = ?2, notes = ?3 WHERE id = ?1");
        update.bind(1, session).bind(2, pain_after).bind(3, notes);
        update.run();
        if (db_.changes() == 0)
            return why_unchanged(db_, session, "save the summary");
        transaction.commit();
        return kOk;
    });
}

StoreStatus HistoryStore::update_notes(std::int64_t session, std::string_view notes)
{
    return guarded("Could not save the notes", [&] {
        Transaction transaction(db_);
        Statement update(db_, "UPDATE sessions SET notes = ?2 WHERE id = ?1");
        update.bind(1, session).bind(2, notes);
        update.run();
        if (db_.changes() == 0)
            return why_unchanged(db_, session, "save the notes");
        transaction.commit();
        return kOk;
    });
}

StoreResult<SessionRecord> HistoryStore::delete_session(std::int64_t session)
{
    StoreResult<SessionRecord> result;
    result.status = guarded("Could not delete the session", [&] {
        Transaction transaction(db_);
        auto found = history::read_sessions(
            db_, "id = ?1", [&](Statement& s) { s.bind(1, session); }, {true, true});
        if (found.empty())
            return why_unchanged(db_, session, "delete");
        Statement remove(db_, "DELETE FROM sessions WHERE id = ?1");
        remove.bind(1, session);
        remove.run();
        transaction.commit();
        result.value = std::move(found.front());
        return kOk;
    });
    return result;
}

StoreStatus HistoryStore::restore_session(const SessionRecord& record)
{
    return guarded("Could not restore the session", [&] {
        if (record.id <= 0)
            return invalid("Only a deleted session can be restored");
        Transaction transaction(db_);
        insert_session(db_, record, OwnerId{});
        for (const StepRecord& step : record.steps)
            history::insert_step(db_, record.id, step);
        transaction.commit();
        return kOk;
    });
}

StoreResult<SessionRecord> HistoryStore::session(std::int64_t session, SessionQuery query) const
{
    auto found = sessions_where(
        "id = ?1", [&](Statement& s) { s.bind(1, session); }, query);
    StoreResult<SessionRecord> result{{}, found.status};
    if (found.ok() && found.value.empty())
        result.status =
            error(StoreErrorKind::not_found, "Session " + std::to_string(session) + " not found");
    else if (found.ok())
        result.value = std::move(found.value.front());
    return result;
}

StoreResult<std::vector<SessionRecord>>
HistoryStore::sessions_between(sys_seconds from, sys_seconds to, SessionQuery query) const
{
    return sessions_where(
        "started_at >= ?1 AND started_at < ?2",
        [&](Statement& s) { s.bind(1, to_db(from)).bind(2, to_db(to)); }, query);
}

StoreResult<std::vector<SessionRecord>>
HistoryStore::sessions_between_local(local_seconds from, local_seconds to, SessionQuery query) const
{
    return sessions_where(
        "started_local >= ?1 AND started_local < ?2",
        [&](Statement& s) {
            s.bind(1, from.time_since_epoch().count()).bind(2, to.time_since_epoch().count());
        },
        query);
}

std::optional<HistoryStore::Version> HistoryStore::version() const
{
    try {
        return Version{sqlite3_total_changes64(db_.handle()),
                       sqlite::query_int(db_, "PRAGMA data_version")};
    } catch (const sqlite::Error&) {
        return std::nullopt;
    }
}

StoreResult<std::vector<SessionRecord>> HistoryStore::all_sessions(SessionQuery query) const
{
    return sessions_where(
        "1", [](Statement&) {}, query);
}

StoreStatus
HistoryStore::visit_sessions(const std::function<void(const SessionRecord&)>& visit) const
{
    return guarded("Could not read the session history", [&] {
        Transaction read(db_, Transaction::Mode::deferred);
        history::visit_sessions(db_, visit);
        return kOk;
    });
}

StoreResult<std::vector<SessionRecord>>
HistoryStore::sessions_where(std::string_view where, const std::function<void(Statement&)>& bind,
                             SessionQuery query) const
{
    StoreResult<std::vector<SessionRecord>> result;
    result.status = guarded("Could not read the session history", [&] {
        Transaction read(db_, Transaction::Mode::deferred);
        result.value = history::read_sessions(db_, where, bind, query);
        return kOk;
    });
    return result;
}

} // namespace unknot
