// Shared by the history store's source files only: error conversion and row reading.
#pragma once

#include "core/history/history_types.h"
#include "core/history/sqlite_db.h"

#include <functional>
#include <new>
#include <string_view>

namespace unknot::history {

// StoreErrorKind for a failed write or read; `context` starts the message ("Could not save...").
StoreStatus status_from(const sqlite::Error& error, std::string_view context);
StoreStatus error(StoreErrorKind kind, std::string message);

// Runs `action` (returning StoreStatus) and turns any exception into a status.
template <typename Action> StoreStatus guarded(std::string_view context, Action&& action) noexcept
{
    try {
        return action();
    } catch (const sqlite::Error& e) {
        return status_from(e, context);
    } catch (const std::bad_alloc&) {
        return error(StoreErrorKind::write_failed, std::string(context) + ": out of memory");
    } catch (const std::exception& e) {
        return error(StoreErrorKind::write_failed, std::string(context) + ": " + e.what());
    }
}

inline std::int64_t to_db(sys_seconds t)
{
    return t.time_since_epoch().count();
}

inline sys_seconds from_db(std::int64_t seconds)
{
    return sys_seconds{std::chrono::seconds{seconds}};
}

using Binder = std::function<void(sqlite::Statement&)>;

// Sessions matching `where` (an SQL condition on sessions, with parameters bound by `bind`),
// ordered by start, with their steps if asked. Run it inside a transaction, so that sessions and
// steps come from one snapshot of the file.
std::vector<SessionRecord> read_sessions(sqlite::Connection& db, std::string_view where,
                                         const Binder& bind, SessionQuery query);

// Every session, oldest first, without steps, notes or snapshot, handed to `visit` one at a time in
// one record that is filled again for each (its strings keep their room: no allocation per row).
void visit_sessions(sqlite::Connection& db, const std::function<void(const SessionRecord&)>& visit);

void insert_step(sqlite::Connection& db, std::int64_t session, const StepRecord& step);

} // namespace unknot::history
