#include "core/programme/programme_log.h"

#include <algorithm>

namespace unknot {

namespace {

StoreResult<std::vector<SessionRecord>>
days_of(const HistoryStore& store, std::chrono::local_days first, std::chrono::local_days last)
{
    return store.sessions_between_local(local_seconds{first},
                                        local_seconds{last + std::chrono::days{1}},
                                        {.with_steps = true, .with_snapshot = false});
}

} // namespace

StoreResult<std::vector<SessionRecord>> programme_sessions(const HistoryStore& store,
                                                           const Programme& programme,
                                                           std::chrono::local_days last_day)
{
    return days_of(store, programme.start, last_day);
}

StoreResult<std::vector<SessionRecord>> report_sessions(const HistoryStore& store,
                                                        const Programme* programme,
                                                        std::chrono::local_days from,
                                                        std::chrono::local_days to)
{
    return days_of(store, programme ? std::min(from, programme->start) : from, to);
}

} // namespace unknot
