// Benchmark (not a test): plays a routine in real time through the real PlayerPage and its
// QTimer, and reports how late each phase boundary and cue reached the screen against
// CLOCK_MONOTONIC, and the CPU used while playing.
//
//   timer_accuracy [HOLD_SECONDS]        a 60 s hold (default) and a sided step
//   timer_accuracy --holds N [--log DIR [--on-gui-thread]]
//       N one-second holds with one-second rests (sets of 20); with --log each hold is a step
//       committed to the history in DIR/history.sqlite3 (put DIR on the disk under test, not a
//       tmpfs) through the app's SessionLogger; --on-gui-thread commits with a SessionRecorder on
//       the player's thread instead, as the app did before the writer thread (for comparison)
// Runs offscreen unless QT_QPA_PLATFORM is set.
#include "core/history/history_store.h"
#include "core/routine/session_plan.h"
#include "core/session/session_recorder.h"
#include "gui/player/countdown_display.h"
#include "gui/player/player_page.h"
#include "gui/player/player_view.h"
#include "gui/player/session_clock.h"
#include "gui/session/session_logger.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace unknot;

namespace {

struct Sample {
    Event event;
    double late_ms;     // when the player emitted it, minus the instant it was due
    double handover_ms; // how long the logger's slot kept the player's thread with it
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

// lead-in 1 s, then `holds` one-second holds with one-second rests between the sets of each step.
Routine short_holds_routine(int holds)
{
    Routine r;
    r.id = "bench";
    r.title = "Bench";
    r.lead_in_seconds = 1;
    for (int left = holds; left > 0; left -= 20) {
        Step step;
        step.exercise = "still";
        step.hold_seconds = 1;
        step.sets = std::min(left, 20);
        step.rest_between_sets = 1;
        step.rest_after = 1;
        r.steps.push_back(step);
    }
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

double p99(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
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
    std::vector<double> boundaries, cues, handovers;
    for (const Sample& s : samples) {
        const bool boundary = s.event.kind != EventKind::cue_due;
        (boundary ? boundaries : cues).push_back(s.late_ms);
        if (s.event.kind == EventKind::phase_finished)
            handovers.push_back(s.handover_ms);
        if (s.event.kind == EventKind::phase_finished)
            continue; // reported together with the next phase start
        std::printf("%-12s %-9d %10.3f %11.3f\n", kind_name(s.event), s.event.phase,
                    to_seconds(s.event.at - t0), s.late_ms);
    }
    const double max_boundary =
        boundaries.empty() ? 0 : *std::max_element(boundaries.begin(), boundaries.end());
    const double max_cue = cues.empty() ? 0 : *std::max_element(cues.begin(), cues.end());
    std::printf("\nphase boundaries: %zu, late median %.3f ms, max %.3f ms, p99 %.3f ms "
                "(target < 20 ms)\n",
                boundaries.size(), median(boundaries), max_boundary, p99(boundaries));
    std::printf("cues:             %zu, late median %.3f ms, max %.3f ms\n", cues.size(),
                median(cues), max_cue);
    std::printf("phase ends handed to the logger: %zu, median %.3f ms, p99 %.3f ms, max %.3f ms\n",
                handovers.size(), median(handovers), p99(handovers),
                handovers.empty() ? 0 : *std::max_element(handovers.begin(), handovers.end()));
    std::printf("CPU: %.3f s over %.1f s = %.2f%% of one core (target < 2%%); countdown paints: %d "
                "(%.2f/s)\n",
                cpu, wall, 100.0 * cpu / wall, paints, paints / wall);
}

// What commits the steps with --log.
struct Logging {
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<gui::SessionLogger> logger;    // the app's way: a writer thread
    std::unique_ptr<SessionRecorder> gui_recorder; // --on-gui-thread: commits in the slot
};

Logging start_logging(const char* dir, bool on_gui_thread, gui::PlayerPage& page)
{
    Logging logging;
    std::filesystem::create_directories(dir);
    const auto path = std::filesystem::path(dir) / "history.sqlite3";
    std::filesystem::remove(path);
    OpenResult opened = HistoryStore::open(path);
    if (!opened.store) {
        std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), opened.message.c_str());
        std::exit(1);
    }
    logging.store = std::move(opened.store);
    if (!on_gui_thread) {
        logging.logger = std::make_unique<gui::SessionLogger>(logging.store.get());
        logging.logger->attach(&page);
        return logging;
    }
    logging.gui_recorder = std::make_unique<SessionRecorder>(logging.store.get());
    SessionRecorder* recorder = logging.gui_recorder.get();
    QObject::connect(&page, &gui::PlayerPage::session_started, [recorder] {
        SessionStart start;
        start.routine_id = "bench";
        start.routine_title = "Bench";
        start.started_at =
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        recorder->begin_session(start);
    });
    QObject::connect(&page, &gui::PlayerPage::session_event, [recorder, &page](const Event& e) {
        const WallClockAnchor now{page.clock().now(), std::chrono::floor<std::chrono::seconds>(
                                                          std::chrono::system_clock::now())};
        recorder->on_event(e, page.engine()->plan(), now);
    });
    return logging;
}

int steps_in(const HistoryStore& store)
{
    const auto sessions = store.all_sessions();
    return sessions.ok() && !sessions.value.empty()
               ? static_cast<int>(sessions.value.back().steps.size())
               : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    const bool short_holds = argc > 2 && std::strcmp(argv[1], "--holds") == 0;
    const bool logged = short_holds && argc > 4 && std::strcmp(argv[3], "--log") == 0;
    const bool on_gui_thread = logged && argc > 5 && std::strcmp(argv[5], "--on-gui-thread") == 0;
    const int hold = !short_holds && argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const int holds = short_holds ? std::clamp(std::atoi(argv[2]), 1, 400) : 0;
    const std::vector<Exercise> exercises{exercise("still", "Still hold", Sides::none),
                                          exercise("side", "Side hold", Sides::each)};
    const SessionPlan plan = build_plan(
        short_holds ? short_holds_routine(holds) : bench_routine(hold), [&](std::string_view id) {
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
    // The logger is connected between two clocks, before the samples: a phase's end is
    // committed before the next phase is shown, and the time it takes is the handover.
    TimePoint before_logger{};
    QObject::connect(&page, &gui::PlayerPage::session_event,
                     [&before_logger](const Event&) { before_logger = Clock::now(); });
    Logging logging = logged ? start_logging(argv[4], on_gui_thread, page) : Logging{};

    std::vector<Sample> samples;
    QObject::connect(&page, &gui::PlayerPage::session_event, [&](const Event& e) {
        const TimePoint now = Clock::now();
        samples.push_back(
            {e, to_seconds(now - e.at) * 1000.0, to_seconds(now - before_logger) * 1000.0});
    });
    QObject::connect(&page, &gui::PlayerPage::session_finished, &app, &QApplication::quit);

    std::fprintf(stderr, "playing %.0f s in real time...\n", plan.total_seconds());
    const double cpu0 = cpu_seconds();
    const TimePoint t0 = Clock::now();
    page.start(QStringLiteral("bench"), plan);
    app.exec();
    const double wall = to_seconds(Clock::now() - t0);
    report(samples, t0, wall, cpu_seconds() - cpu0, counter.paints);
    if (logged) {
        std::printf("logged: %d of %d holds committed, %s\n", steps_in(*logging.store), holds,
                    on_gui_thread ? "on the player's thread" : "by the writer thread");
    }
    return 0;
}
