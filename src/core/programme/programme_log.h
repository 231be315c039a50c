// The part of the log a programme reads, so that ten years of history cost no more than the
// programme's weeks: its sessions, with their steps, read from the store by local day.
#pragma once

#include "core/history/history_store.h"
#include "core/programme/programme.h"

#include <chrono>

namespace unknot {

// Sessions from the programme's first day to `last_day` (included), oldest first: what the doses,
// the week's standing and the check-in are derived from.
StoreResult<std::vector<SessionRecord>> programme_sessions(const HistoryStore& store,
                                                           const Programme& programme,
                                                           std::chrono::local_days last_day);

// Sessions a report over [from, to] needs: those days and, for a programme that started before
// `from`, the days back to its start (its doses over time are derived from them).
StoreResult<std::vector<SessionRecord>> report_sessions(const HistoryStore& store,
                                                        const Programme* programme,
                                                        std::chrono::local_days from,
                                                        std::chrono::local_days to);

} // namespace unknot
