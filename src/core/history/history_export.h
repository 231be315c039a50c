// The session history as CSV (RFC 4180): UTF-8 without a byte order mark, a header row, CRLF line
// ends, fields quoted when they hold a comma, quote or line break. One row per step with the
// session's columns repeated; a session without steps has one row with the step columns empty.
// Times are ISO 8601 local times with the session's UTC offset ("2024-06-17T10:00:00+02:00").
// Text that is not valid UTF-8 is written with U+FFFD in place of the bad bytes.
#pragma once

#include "core/history/history_store.h"

#include <filesystem>
#include <ostream>
#include <span>
#include <string>

namespace unknot {

// The header row's column names, in order.
std::span<const std::string_view> history_csv_columns();

// Appends the CSV (header included) to `out`.
void append_history_csv(std::span<const SessionRecord> sessions, std::string& out);
std::string history_csv(std::span<const SessionRecord> sessions);

// Every session with its steps, oldest first.
StoreStatus export_history(const HistoryStore& store, std::ostream& out);
// Atomically: the file is either the whole export or what it was before.
StoreStatus export_history_file(const HistoryStore& store, const std::filesystem::path& path);

// `unknot --export-history TARGET`: the history in `database` as CSV to the file TARGET, or to
// `out` when TARGET is "-". A missing database exports the header row alone (and creates
// nothing); a damaged one is reported and left as it is. Messages go to `err` with the "unknot: "
// prefix. Returns the exit code: 0 when the export is complete, 1 when it failed.
int export_history_command(const std::filesystem::path& database, const std::string& target,
                           std::ostream& out, std::ostream& err);

} // namespace unknot
