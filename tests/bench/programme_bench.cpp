// The programme on ten years of generated history (about 3,650 sessions, 100,000 steps):
//   doses          < 10 ms  (the programme's sessions from the store, then every step's dose)
//   exercise table < 10 ms  (how each exercise is going, the whole history, from the store)
//   year report    < 300 ms (a year's sessions from the store, the report's data, the PDF)
//
//   programme_bench   (generating the history takes about ten seconds first)
#include "core/history/history_queries.h"
#include "core/programme/dose.h"
#include "core/programme/programme_log.h"
#include "core/programme/report_data.h"
#include "gui/print/report_printer.h"
#include "history_bench_support.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>

#include <cstdlib>

namespace {

using namespace unknot;
using namespace unknot::bench;
using namespace std::chrono;

// Six steps with progressions on exercises the generated history has.
Routine progressing_routine()
{
    Routine routine;
    routine.id = "mid-back-strength";
    for (int i = 0; i < 6; ++i) {
        Step step;
        step.exercise = "exercise-" + std::to_string(i);
        step.kind = i % 3 == 1 ? StepKind::reps : StepKind::hold;
        step.hold_seconds = 30;
        step.reps = 10;
        step.sets = 3;
        const DoseRange amount =
            step.kind == StepKind::hold ? DoseRange{10, 45, 5} : DoseRange{4, 12, 2};
        step.progression = Progression{
            step.kind == StepKind::hold ? std::optional(amount) : std::nullopt,
            step.kind == StepKind::reps ? std::optional(amount) : std::nullopt, DoseRange{1, 3, 1}};
        routine.steps.push_back(std::move(step));
    }
    return routine;
}

Programme programme_of_weeks(int weeks)
{
    Programme programme;
    programme.routines = {"mid-back-strength"};
    programme.days = {Monday, Wednesday, Friday};
    programme.weeks = weeks;
    programme.start = week_start(kBenchToday, Monday) - days{7 * (weeks - 1)};
    return programme;
}

void register_benchmarks(GeneratedStore& data)
{
    HistoryStore& store = data.store();
    const Routine routine = progressing_routine();
    for (int weeks : {4, 12, 52}) {
        const Programme programme = programme_of_weeks(weeks);
        benchmark::RegisterBenchmark(
            ("doses_" + std::to_string(weeks) + "_week_programme").c_str(),
            [&store, routine, programme](benchmark::State& state) {
                for (auto _ : state) {
                    auto sessions = programme_sessions(store, programme, kBenchToday);
                    const auto doses =
                        derive_doses(routine, programme, sessions.value, kBenchToday);
                    benchmark::DoNotOptimize(doses.data());
                    state.counters["sessions"] = static_cast<double>(sessions.value.size());
                }
            })
            ->Unit(benchmark::kMillisecond);
    }

    benchmark::RegisterBenchmark("exercise_table_ten_years", [&store](benchmark::State& state) {
        for (auto _ : state) {
            auto table = load_exercise_stats(store);
            benchmark::DoNotOptimize(table.value.data());
        }
    })->Unit(benchmark::kMillisecond);

    auto all = store.all_sessions({.with_steps = true});
    benchmark::RegisterBenchmark("exercise_table_ten_years_in_memory",
                                 [sessions = std::move(all.value)](benchmark::State& state) {
                                     for (auto _ : state) {
                                         const auto table = exercise_stats(sessions);
                                         benchmark::DoNotOptimize(table.data());
                                     }
                                 })
        ->Unit(benchmark::kMillisecond);

    const Programme year = programme_of_weeks(52);
    const local_days from = year.start;
    benchmark::RegisterBenchmark("report_year_data", [&store, year, from](benchmark::State& state) {
        for (auto _ : state) {
            auto sessions = report_sessions(store, &year, from, kBenchToday);
            auto check_ins = store.check_ins();
            const ReportData report =
                build_report(sessions.value, check_ins.value, &year, from, kBenchToday);
            benchmark::DoNotOptimize(report.weeks.data());
            state.counters["sessions"] = report.sessions;
        }
    })->Unit(benchmark::kMillisecond);

    const QString pdf = QString::fromStdString((data.dir() / "report.pdf").string());
    benchmark::RegisterBenchmark("report_year_pdf", [&store, year, from,
                                                     pdf](benchmark::State& state) {
        for (auto _ : state) {
            auto sessions = report_sessions(store, &year, from, kBenchToday);
            auto check_ins = store.check_ins();
            const ReportData report =
                build_report(sessions.value, check_ins.value, &year, from, kBenchToday);
            QString error;
            const int pages = gui::save_report_pdf(report, {}, pdf, &error);
            if (pages == 0)
                state.SkipWithError(error.toStdString().c_str());
            state.counters["pages"] = pages;
        }
    })->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    GeneratedStore data;
    register_benchmarks(data);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
