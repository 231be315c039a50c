// The history database's schema and its migrations.
//
// PRAGMA application_id marks the file as Unknot's; PRAGMA user_version is the schema version.
// Each migration runs in its own BEGIN IMMEDIATE transaction that also sets user_version, so a
// crash leaves the file at one version or the next, never in between; two processes migrating at
// once wait for each other and the second finds nothing left to do.
#pragma once

#include "core/history/sqlite_db.h"

#include <cstdint>

namespace unknot {

inline constexpr std::int32_t kHistoryApplicationId = 0x556e6b74; // "Unkt"
inline constexpr int kHistorySchemaVersion = 3;
inline constexpr int kHistoryBusyTimeoutMs = 5000;

// Per-connection settings: busy timeout, foreign keys, WAL and synchronous (see the .cpp).
void configure_connection(sqlite::Connection& db, int busy_timeout_ms);

// Brings an empty or older database to kHistorySchemaVersion. The caller has checked that the file
// is ours (or empty) and not newer.
void migrate_history(sqlite::Connection& db);

} // namespace unknot
