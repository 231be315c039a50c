// The weekly history on ten years of sessions (about 3,650 sessions, 100,000 steps):
//   week summary  < 2 ms    (one week's sessions from the store, summed up, with the streaks)
//   12-week trend < 10 ms
//   export        < 300 ms  (every session and step as CSV, written to a file atomically)
// and the overview the page reads when it opens (every session, without steps).
//
//   history_bench   (generating the history takes about ten seconds first)
#include "core/history/history_export.h"
#include "core/history/history_queries.h"
#include "history_bench_support.h"

#include <benchmark/benchmark.h>

namespace {

using namespace unknot;
using namespace unknot::bench;

const local_days kThisWeek = week_start(kBenchToday, std::chrono::Monday);

void register_benchmarks(GeneratedStore& data)
{
    HistoryStore& store = data.store();
    const auto overview = load_overview(store, std::chrono::Monday, nullptr);
    if (!overview.ok())
        throw std::runtime_error(overview.status.message);
    const WeekCounts counts = overview.value.week_counts;

    benchmark::RegisterBenchmark("week_summary", [&store, counts](benchmark::State& state) {
        int weeks_back = 0;
        for (auto _ : state) {
            const local_days week = kThisWeek - days{7 * (weeks_back++ % 500)};
            auto report = load_week(store, week, 3, false);
            const Streaks s = streaks(counts, 3, kThisWeek);
            benchmark::DoNotOptimize(report.value.summary.sessions + s.best);
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("week_with_steps", [&store](benchmark::State& state) {
        int weeks_back = 0;
        for (auto _ : state) {
            const local_days week = kThisWeek - days{7 * (weeks_back++ % 500)};
            auto report = load_week(store, week, 3, true);
            benchmark::DoNotOptimize(report.value.sessions.data());
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("trend_12_weeks", [&store](benchmark::State& state) {
        for (auto _ : state) {
            auto trend = load_trend(store, kThisWeek, 12, 3);
            benchmark::DoNotOptimize(trend.value.data());
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("overview_all_sessions", [&store](benchmark::State& state) {
        for (auto _ : state) {
            auto all = load_overview(store, std::chrono::Monday, nullptr);
            benchmark::DoNotOptimize(all.value.total_sessions);
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("export_csv_in_memory", [&store](benchmark::State& state) {
        for (auto _ : state) {
            auto all = store.all_sessions();
            const std::string csv = history_csv(all.value);
            benchmark::DoNotOptimize(csv.data());
            state.counters["MB"] = static_cast<double>(csv.size()) / 1e6;
        }
    })->Unit(benchmark::kMillisecond);

    // The export's two halves: reading every session with its steps, and writing the CSV.
    benchmark::RegisterBenchmark("export_read", [&store](benchmark::State& state) {
        for (auto _ : state) {
            auto all = store.all_sessions({.with_steps = true});
            benchmark::DoNotOptimize(all.value.data());
        }
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("export_format", [&store](benchmark::State& state) {
        const auto all = store.all_sessions({.with_steps = true});
        for (auto _ : state) {
            const std::string csv = history_csv(all.value);
            benchmark::DoNotOptimize(csv.data());
        }
    })->Unit(benchmark::kMillisecond);

    const auto file = data.dir() / "export.csv";
    benchmark::RegisterBenchmark("export_to_file", [&store, file](benchmark::State& state) {
        for (auto _ : state) {
            const StoreStatus status = export_history_file(store, file);
            if (!status)
                state.SkipWithError(status.message.c_str());
        }
    })->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    GeneratedStore data;
    register_benchmarks(data);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
