// How long committing one step to the session log takes (synchronous = FULL, WAL), as the player
// does it the moment an exercise phase finishes. Each repetition times exactly one commit, so the
// statistics over repetitions are those of single commits: median and p99.
//
//   step_commit_bench   (2000 commits, about a second)
#include "core/history/history_store.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace unknot;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

StepRecord bench_step(std::int64_t n)
{
    StepRecord step;
    step.exercise_id = "thoracic-extension";
    step.exercise_name = "Thoracic extension over the foam roller";
    step.kind = StepKind::hold;
    step.side = n % 2 == 0 ? StepSide::left : StepSide::right;
    step.target_seconds = 30;
    step.active_seconds = 30;
    step.finished_at = sys_seconds{std::chrono::seconds{1718600000 + n}};
    step.phase = static_cast<int>(n);
    return step;
}

// One history file and one session in progress, kept across the repetitions.
class StepCommit : public benchmark::Fixture {
public:
    ~StepCommit() override
    {
        store_.reset();
        std::error_code ec;
        if (!dir_.empty())
            fs::remove_all(dir_, ec);
    }

    void SetUp(const benchmark::State&) override
    {
        if (store_)
            return;
        std::string pattern = (fs::temp_directory_path() / "unknot-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            return;
        dir_ = pattern;
        OpenResult opened = HistoryStore::open(dir_ / "history.sqlite3");
        store_ = std::move(opened.store);
        if (store_) {
            SessionStart start;
            start.routine_id = "bench";
            start.routine_title = "Bench";
            start.snapshot = R"({"id":"bench"})";
            session_ = store_->begin_session(start).value;
        }
    }

protected:
    fs::path dir_;
    std::unique_ptr<HistoryStore> store_;
    std::int64_t session_ = 0;
    std::int64_t steps_ = 0;
};

BENCHMARK_DEFINE_F(StepCommit, one_step)(benchmark::State& state)
{
    if (!store_) {
        state.SkipWithError("could not open a history in the temporary folder");
        return;
    }
    for (auto _ : state) {
        ++steps_;
        const SessionTotals totals{30.0 * static_cast<double>(steps_), 0};
        if (!store_->add_step(session_, bench_step(steps_), totals)) {
            state.SkipWithError("a commit failed");
            return;
        }
    }
}

BENCHMARK_REGISTER_F(StepCommit, one_step)
    ->Iterations(1)
    ->Repetitions(2000)
    ->UseRealTime() // a commit waits for the disk (fsync), not for the CPU
    ->Unit(benchmark::kMicrosecond)
    ->ComputeStatistics("p99", [](const std::vector<double>& v) { return percentile(v, 0.99); })
    ->ComputeStatistics("max", [](const std::vector<double>& v) { return percentile(v, 1.0); })
    ->ReportAggregatesOnly(true);

} // namespace

BENCHMARK_MAIN();
