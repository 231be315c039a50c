// Opening the history page on ten years of sessions (target: under 20 ms at 30 years): the page
// is built, shown (which reads the overview, the week and the trend) and painted once; showing it
// again when nothing changed (the History tab chosen again, target: under 5 ms). Offscreen.
//
//   history_page_bench [--years N]   (generating the history takes about ten seconds a decade)
#include "gui/history/history_page.h"
#include "history_bench_support.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QSettings>

#include <cstdlib>
#include <string_view>

namespace {

using namespace unknot;
using namespace unknot::bench;

const local_seconds kNow = local_seconds{kBenchToday} + std::chrono::hours{12};

void register_benchmarks(GeneratedStore& data, QSettings& settings)
{
    HistoryStore* store = &data.store();
    const auto now = [] { return kNow; };
    benchmark::RegisterBenchmark("history_page_open", [=, &settings](benchmark::State& state) {
        for (auto _ : state) {
            gui::HistoryPage page(store, settings, now);
            page.resize(1200, 760);
            page.show();
            const QPixmap painted = page.grab();
            benchmark::DoNotOptimize(painted.cacheKey());
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("history_page_reload", [=, &settings](benchmark::State& state) {
        gui::HistoryPage page(store, settings, now);
        page.show();
        for (auto _ : state)
            page.reload();
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("history_page_show_again", [=,
                                                             &settings](benchmark::State& state) {
        gui::HistoryPage page(store, settings, now);
        page.resize(1200, 760);
        page.show();
        for (auto _ : state) {
            page.hide();
            page.show();
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("history_page_other_week", [=,
                                                             &settings](benchmark::State& state) {
        gui::HistoryPage page(store, settings, now);
        page.show();
        int weeks_back = 0;
        for (auto _ : state)
            page.show_week(page.this_week() - std::chrono::days{7 * (++weeks_back % 100)});
    })->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    int years = 10;
    if (argc > 2 && std::string_view(argv[1]) == "--years") {
        years = std::atoi(argv[2]);
        argv[2] = argv[0];
        argv += 2;
        argc -= 2;
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    GeneratedStore data(years);
    QSettings settings(QString::fromStdString((data.dir() / "settings.ini").string()),
                       QSettings::IniFormat);
    register_benchmarks(data, settings);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
