// Unknot: parses the command line, builds the objects, wires them. Nothing else lives here.
#include "app/command_line.h"
#include "app/routine_commands.h"
#include "core/base/suggest.h"
#include "core/history/history_export.h"
#include "gui/builtin_routines.h"
#include "gui/desktop/app_identity.h"
#include "gui/desktop/palettes.h"
#include "gui/desktop/translations.h"
#include "gui/editor/editor_page.h"
#include "gui/figure/figure_strip.h"
#include "gui/figure/player_figure.h"
#include "gui/first_shown.h"
#include "gui/history/history_page.h"
#include "gui/main_window.h"
#include "gui/player/cue_player.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/print/handout_printer.h"
#include "gui/reminders/reminder_service.h"
#include "gui/reminders/reminder_settings.h"
#include "gui/reminders/reminder_tray.h"
#include "gui/session/history_startup.h"
#include "gui/session/session_logger.h"
#include "gui/single_instance.h"
#include "gui/startup_probe.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>

#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>

namespace {

using namespace unknot;

QString data_dir(const CommandLine& cl)
{
    QString dir = cl.data_dir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

std::filesystem::path user_routines_dir(const QString& data)
{
    return std::filesystem::path(QDir(data).filePath(QStringLiteral("routines")).toStdString());
}

RoutineLibrary load_library(const QString& data)
{
    return RoutineLibrary::load(gui::builtin_routine_sources(), user_routines_dir(data));
}

// The data folder without creating it: an export must not leave an empty folder behind.
QString data_dir_path(const CommandLine& cl)
{
    return cl.data_dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 : cl.data_dir;
}

int run_print_mode(const CommandLine& cl)
{
    if (!cl.export_history.isEmpty()) {
        const QString database =
            QDir(data_dir_path(cl)).filePath(QStringLiteral("history.sqlite3"));
        return export_history_command(database.toStdString(), cl.export_history.toStdString(),
                                      std::cout, std::cerr);
    }
    if (!cl.validate_files.empty()) {
        const RoutineLibrary builtin = RoutineLibrary::load(gui::builtin_routine_sources(), {});
        return validate_files(cl.validate_files, builtin, std::cout, std::cerr);
    }
    const RoutineLibrary library = load_library(data_dir(cl));
    print_problems(library, std::cerr);
    list_routines(library, cl.json, std::cout);
    return 0;
}

// --render-figures DIR: painting needs a GUI application, not a display.
int render_figures(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const CommandLine cl = parse_command_line(argc, argv);
    const RoutineLibrary library = load_library(data_dir(cl));
    print_problems(library, std::cerr);
    return gui::render_figures_command(library.exercises(), cl.render_figures, std::cout,
                                       std::cerr);
}

// --play with an unknown id: say so, suggest the nearest id, list them all; exit code 2.
int unknown_routine(const QString& id, const RoutineLibrary& library)
{
    std::vector<std::string> ids;
    for (const LibraryRoutine& r : library.routines())
        ids.push_back(r.routine.id);
    std::cerr << "unknot: no routine with id '" << id.toStdString() << "'.";
    if (const auto nearest = nearest_word(id.toStdString(), ids))
        std::cerr << " Did you mean '" << *nearest << "'?";
    std::cerr << "\nKnown ids:";
    for (const std::string& known : ids)
        std::cerr << ' ' << known;
    std::cerr << "\n";
    return 2;
}

// Checked before the window opens, so that a wrong id needs no display to be reported.
int check_play_id(const CommandLine& cl)
{
    if (cl.play.isEmpty())
        return 0;
    const RoutineLibrary library = load_library(data_dir(cl));
    return library.find_routine(cl.play.toStdString()) ? 0 : unknown_routine(cl.play, library);
}

// --print-routine ID OUT.pdf: the handout needs a GUI application (fonts, painting), not a display.
int print_routine(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    gui::Translators translators;
    gui::install_translations(app, translators); // the handout in the person's language
    const CommandLine cl = parse_command_line(argc, argv);
    const RoutineLibrary library = load_library(data_dir(cl));
    print_problems(library, std::cerr);
    const LibraryRoutine* entry = library.find_routine(cl.print_routine.toStdString());
    if (!entry)
        return unknown_routine(cl.print_routine, library);
    return gui::print_routine_command(*entry, library, cl.print_output, std::cout, std::cerr);
}

sys_seconds system_now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::unique_ptr<gui::SessionClock> make_clock(double time_scale)
{
    if (time_scale == 1.0)
        return std::make_unique<gui::SteadySessionClock>();
    return std::make_unique<gui::ScaledSessionClock>(time_scale);
}

void bring_to_front(QWidget& window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

// What the parts made after the window is shown are given.
struct StartupParts {
    QString data;
    QSettings& settings;
    gui::SessionClock& clock;
    gui::CueSource cues;
    bool tray;
};

// What needs the history: made once it is open, after the window is on screen. Declared before
// the window, so the window goes first.
struct Logging {
    gui::HistoryStartup history;
    std::unique_ptr<gui::SessionLogger> logger;
};

// Gives the window the user's routines, its player, history, editor and reminders. The routines
// and the history are most of start-up's work, so this runs once the window is on screen (with
// the built-in routines); the history opens on the other core meanwhile.
void finish_start_up(gui::MainWindow& window, Logging& logging, const StartupParts& parts)
{
    auto history = std::async(std::launch::async, [data = parts.data] {
        return gui::open_history_at_startup(data, system_now());
    });
    window.adopt_library(load_library(parts.data));
    print_problems(*window.library(), std::cerr);
    logging.history = history.get();
    if (!logging.history.notice.isEmpty())
        std::cerr << "unknot: " << logging.history.notice.toStdString() << "\n";
    HistoryStore* store = logging.history.store.get();
    logging.logger = std::make_unique<gui::SessionLogger>(store);
    auto* player = new gui::PlayerPage(parts.clock, parts.settings, parts.cues);
    new gui::PlayerFigure(*player, parts.clock, [&window](std::string_view id) {
        return window.library()->find_exercise(id);
    }); // owned by the player
    window.set_player(player, logging.logger.get(), &parts.settings);
    window.set_history(new gui::HistoryPage(store, parts.settings, gui::system_local_now));
    window.set_editor(new gui::EditorPage(gui::UserFiles(parts.data)),
                      [data = parts.data] { return load_library(data); });
    auto* reminders = new gui::ReminderService(parts.settings, store, system_now,
                                               gui::system_time_zone(), &window);
    auto* reminder_tray = new gui::ReminderTray(window, *reminders, parts.tray, &window);
    QObject::connect(&window, &gui::MainWindow::settings_changed, reminders, [=] {
        reminders->reload();
        reminder_tray->update_icon();
    });
    gui::show_history_notice(&window, logging.history.notice);
    gui::mark_startup_ready();
}

int run_window(QApplication& app, const CommandLine& cl, std::future<RoutineLibrary> loading)
{
    const QString data = data_dir(cl);
    gui::SingleInstance instance(data);
    if (!instance.claim()) {
        std::cerr << "unknot: Unknot is already running with this data folder; its window was "
                     "asked to come to the front.\n";
        return 0;
    }
    const RoutineLibrary built_in = loading.get();
    QSettings settings(QDir(data).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const std::unique_ptr<gui::SessionClock> clock = make_clock(cl.time_scale);
    std::unique_ptr<gui::CuePlayer> cues; // made when first needed: see gui::CueSource
    const gui::CueSource cue_source = [&cues] {
        if (!cues)
            cues = gui::CuePlayer::create_default();
        return cues.get();
    };
    Logging logging;
    gui::MainWindow window(&built_in);
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    const auto describe_cues = [cue_source](gui::SettingsEnvironment& e) {
        const gui::CuePlayer* player = cue_source();
        e.voices = player->voice_names();
        e.has_sound = player->has_sound();
        e.has_voice = player->has_voice();
    };
    gui::SettingsEnvironment environment{
        data,         {}, true, true, {}, gui::system_reminder_environment(cl.data_dir, tray),
        describe_cues};
    window.set_settings(&settings, std::move(environment));
    QObject::connect(&instance, &gui::SingleInstance::show_requested, &window,
                     [&window] { bring_to_front(window); });
    window.show();
    const StartupParts parts{data, settings, *clock, cue_source, tray};
    gui::after_first_shown(window, [&, parts] {
        gui::apply_app_icon();
        finish_start_up(window, logging, parts);
        if (!cl.play.isEmpty())
            window.play(cl.play);
    });
    gui::install_startup_probe(window); // tests/bench/startup.py; off unless asked for
    return app.exec();
}

int run_without_window(const CommandLine& cl)
{
    switch (cl.action) {
    case CommandLine::Action::usage_error:
        std::fprintf(stderr, "unknot: %s\nTry 'unknot --help'.\n", qPrintable(cl.error));
        return 2;
    case CommandLine::Action::help:
    case CommandLine::Action::version:
        std::fputs(qPrintable(cl.message), stdout);
        return 0;
    default:
        return run_print_mode(cl);
    }
}

void set_identity()
{
    QCoreApplication::setApplicationName(QStringLiteral("unknot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    set_identity();
    if (parse_command_line(argc, argv).action == CommandLine::Action::render_figures)
        return render_figures(argc, argv);
    if (parse_command_line(argc, argv).action == CommandLine::Action::print_routine)
        return print_routine(argc, argv);
    if (parse_command_line(argc, argv).action != CommandLine::Action::window) {
        QCoreApplication app(argc, argv); // no display needed for the print-only modes
        return run_without_window(parse_command_line(argc, argv));
    }
    if (const int code = check_play_id(parse_command_line(argc, argv)); code != 0)
        return code;
    // The built-in routines, which the window first shows, load on the other core while Qt starts.
    auto built_in = std::async(std::launch::async, [] {
        return RoutineLibrary::load(gui::builtin_routine_sources(), {});
    });
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Unknot"));
    gui::apply_app_identity();
    gui::Translators translators;
    gui::install_translations(app, translators);
    gui::apply_palette(app, parse_command_line(argc, argv).palette); // none: the desktop's
    return run_window(app, parse_command_line(argc, argv), std::move(built_in));
}
