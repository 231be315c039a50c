// Ten years of history for the benchmarks: about 3,650 sessions and 100,000 steps, written
// through the store as the app writes them. Deterministic for a given seed.
//
// Weeks are idle (one in eight) or have three to seven days with a morning session, often with
// an evening one too; offsets follow Central European summer time, with half a year spent in New
// York, so weeks cross DST changes and a change of time zone. Some notes hold commas, quotes, line
// breaks and non-Latin text.
#pragma once

#include "core/history/history_store.h"

#include <chrono>
#include <cstdint>

namespace unknot::bench {

struct GeneratorOptions {
    std::chrono::local_days last_day{}; // the history ends on this local day
    int years = 10;
    std::uint32_t seed = 20240617;
};

struct GeneratedHistory {
    int sessions = 0;
    int steps = 0;
};

// Adds the sessions to `store`, which should be empty. Throws std::runtime_error with the
// store's message when a write fails.
GeneratedHistory generate_history(HistoryStore& store, const GeneratorOptions& options);

} // namespace unknot::bench
