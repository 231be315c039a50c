// Benchmark (not a test): plays a routine with a 60 s hold in real time through the real
// PlayerPage and its QTimer, and reports how late each phase boundary and cue reached the screen
// against CLOCK_MONOTONIC, and the CPU used while playing.
//
//   timer_accuracy [HOLD_SECONDS]   (default 60; runs offscreen unless QT_QPA_PLATFORM is set)
#include "core/routine/session_plan.h"
#include "gui/player/countdown_display.h"
#include "gui/player/player_page.h"
#include "gui/player/player_view.h"
#include "gui/player/session_clock.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace unknot;

namespace {

struct Sample {
    Event event;
    double late_ms; // when the player emitted it, minus the instant it was due
};

Exercise exercise(std::string id, std::string name, Sides sides)
{
    Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.instructions = {"Hold still."};
    e.sides = sides;
    return e;
}

// lead-in 5 s, hold HOLD s, rest 10 s, lead-in 5 s, hold 15 s left, switch 5 s, hold 15 s right.
Routine bench_routine(int hold_seconds)
{
    Routine r;
    r.id = "bench";
    r.title = "Bench";
    r.lead_in_seconds = 5;
    Step long_hold;
    long_hold.exercise = "still";
    long_hold.hold_seconds = hold_seconds;
    long_hold.rest_after = 10;
    Step sided;
    sided.exercise = "side";
    sided.hold_seconds = 15;
    r.steps = {long_hold, sided};
    return r;
}

double cpu_seconds()
{
    std::ifstream stat("/proc/self/stat");
    std::string line;
    std::getline(stat, line);
    // fields after the command name (which may hold spaces): utime is the 14th, stime the 15th
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i)
        if (i >= 14)
            ticks += std::stod(field);
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const char* kind_name(const Event& e)
{
    switch (e.kind) {
    case EventKind::phase_started:
        return "phase start";
    case EventKind::phase_finished:
        return "phase end";
    case EventKind::session_finished:
        return "session end";
    case EventKind::cue_due:
        break;
    }
    return "cue";
}

struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        paints += e->type() == QEvent::Paint;
        return false;
    }
};

void report(const std::vector<Sample>& samples, TimePoint t0, double wall, double cpu, int paints)
{
    std::printf("%-12s %-9s %10s %11s\n", "event", "phase", "at (s)", "late (ms)");
    std::vector<double> boundaries, cues;
    for (const Sample& s : samples) {
        const bool boundary = s.event.kind != EventKind::cue_due;
        (boundary ? boundaries : cues).push_back(s.late_ms);
        if (s.event.kind == EventKind::phase_finished)
            continue; // reported together with the next phase start
        std::printf("%-12s %-9d %10.3f %11.3f\n", kind_name(s.event), s.event.phase,
                    to_seconds(s.event.at - t0), s.late_ms);
    }
    const double max_boundary =
        boundaries.empty() ? 0 : *std::max_element(boundaries.begin(), boundaries.end());
    const double max_cue = cues.empty() ? 0 : *std::max_element(cues.begin(), cues.end());
    std::printf("\nphase boundaries: %zu, late median %.3f ms, max %.3f ms (target < 20 ms)\n",
                boundaries.size(), median(boundaries), max_boundary);
    std::printf("cues:             %zu, late median %.3f ms, max %.3f ms\n", cues.size(),
                median(cues), max_cue);
    std::printf("CPU: %.3f s over %.1f s = %.2f%% of one core (target < 2%%); countdown paints: %d "
                "(%.2f/s)\n",
                cpu, wall, 100.0 * cpu / wall, paints, paints / wall);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    const int hold = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const std::vector<Exercise> exercises{exercise("still", "Still hold", Sides::none),
                                          exercise("side", "Side hold", Sides::each)};
    const SessionPlan plan = build_plan(bench_routine(hold), [&](std::string_view id) {
        const auto it = std::find_if(exercises.begin(), exercises.end(),
                                     [id](const Exercise& e) { return e.id == id; });
        return it == exercises.end() ? nullptr : &*it;
    });

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    gui::SteadySessionClock clock;
    gui::PlayerPage page(clock, settings, nullptr);
    PaintCounter counter;
    page.view()->countdown()->installEventFilter(&counter);
    page.resize(1280, 760);
    page.show();

    std::vector<Sample> samples;
    QObject::connect(&page, &gui::PlayerPage::session_event, [&samples](const Event& e) {
        samples.push_back({e, to_seconds(Clock::now() - e.at) * 1000.0});
    });
    QObject::connect(&page, &gui::PlayerPage::session_finished, &app, &QApplication::quit);

    std::fprintf(stderr, "playing %.0f s in real time...\n", plan.total_seconds());
    const double cpu0 = cpu_seconds();
    const TimePoint t0 = Clock::now();
    page.start(QStringLiteral("bench"), plan);
    app.exec();
    const double wall = to_seconds(Clock::now() - t0);
    report(samples, t0, wall, cpu_seconds() - cpu0, counter.paints);
    return 0;
}
