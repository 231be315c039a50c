// The window (with --play, starting a routine): builds the objects and wires them.
#include "app/app_data.h"
#include "app/modes.h"
#include "app/routine_commands.h"
#include "gui/builtin_routines.h"
#include "gui/desktop/app_identity.h"
#include "gui/desktop/desktop_notifications.h"
#include "gui/desktop/focus_ring.h"
#include "gui/desktop/palettes.h"
#include "gui/desktop/translations.h"
#include "gui/desktop/tray_watch.h"
#include "gui/editor/editor_page.h"
#include "gui/figure/player_figure.h"
#include "gui/first_shown.h"
#include "gui/history/history_page.h"
#include "gui/main_window.h"
#include "gui/open_anyway_question.h"
#include "gui/player/cue_player.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/programme/programme_controller.h"
#include "gui/reminders/reminder_service.h"
#include "gui/reminders/reminder_settings.h"
#include "gui/reminders/reminder_tray.h"
#include "gui/session/history_startup.h"
#include "gui/session/session_logger.h"
#include "gui/settings_keys.h"
#include "gui/single_instance.h"
#include "gui/stall_probe.h"
#include "gui/startup_probe.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <future>
#include <iostream>

namespace unknot::app {
namespace {

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

bool reminders_on(const QSettings& settings)
{
    return gui::settings_keys::reminder_days.read(settings) != 0;
}

// What the parts made after the window is shown are given.
struct StartupParts {
    QString data;
    QSettings& settings;
    gui::SessionClock& clock;
    gui::CueSource cues;
    gui::TrayWatch& tray;
};

// What needs the history: made once it is open, after the window is on screen. Declared before
// the window, so the window goes first.
struct Logging {
    gui::HistoryStartup history;
    std::unique_ptr<gui::SessionLogger> logger;
};

// Gives the window the user's routines, its player, history, editor and reminders. The routines
// and the history are most of start-up's work, so this runs once the window is on screen (with
// the built-in routines): the routines load on a worker thread (library_loaded() says when they
// are in) and the history opens on the other core meanwhile.
void finish_start_up(gui::MainWindow& window, Logging& logging, const StartupParts& parts)
{
    window.set_library_source(
        {.load = [data = parts.data] { return load_library(data); }, .reload = reload_library});
    QObject::connect(
        &window, &gui::MainWindow::library_loaded, &window,
        [&window] { print_problems(*window.library(), std::cerr); }, Qt::SingleShotConnection);
    window.load_library();
    auto history = std::async(std::launch::async, [data = parts.data] {
        return gui::open_history_at_startup(data, system_now());
    });
    logging.history = history.get();
    if (!logging.history.notice.isEmpty())
        std::cerr << "unknot: " << logging.history.notice.toStdString() << "\n";
    HistoryStore* store = logging.history.store.get(); // read-only: shown, not logged into
    logging.logger = std::make_unique<gui::SessionLogger>(logging.history.log_store(),
                                                          logging.history.not_logged);
    auto* player = new gui::PlayerPage(parts.clock, parts.settings, parts.cues);
    player->set_full_screen_sessions(true);
    new gui::PlayerFigure(*player, parts.clock, [&window](std::string_view id) {
        return window.library()->find_exercise(id);
    }); // owned by the player
    window.set_player(player, logging.logger.get(), &parts.settings);
    window.set_history(new gui::HistoryPage(store, parts.settings, gui::system_local_now));
    window.set_programme(
        new gui::ProgrammeController(parts.data, store, gui::system_local_now, &window));
    QTimer::singleShot(0, &window, [&window] { window.ask_check_in_if_due(); });
    window.set_editor(new gui::EditorPage(gui::UserFiles(parts.data)));
    auto* reminders = new gui::ReminderService(parts.settings, store, system_now,
                                               gui::system_time_zone(), &window);
    auto* notifications = new gui::DesktopNotifications(&window);
    auto* reminder_tray = new gui::ReminderTray(window, *reminders, parts.tray.present(),
                                                notifications, &parts.settings, &window);
    QObject::connect(&parts.tray, &gui::TrayWatch::changed, reminder_tray,
                     &gui::ReminderTray::set_tray_available);
    QObject::connect(&window, &gui::MainWindow::settings_changed, reminders, [=] {
        reminders->reload();
        reminder_tray->update_icon();
    });
    gui::show_history_notice(&window, logging.history.notice);
}

// false: do not open (another copy runs and was raised, or the person chose not to open a
// folder that another computer may be using); says which on stderr.
bool claim_data_folder(gui::SingleInstance& instance, const QString& data)
{
    QString foreign_host;
    const auto ask = [&](const QString& host) {
        foreign_host = host;
        std::cerr << "unknot: another computer, " << host.toStdString()
                  << ", may be using this data folder; asking whether to open anyway.\n";
        return gui::ask_open_anyway(host, data);
    };
    switch (instance.claim(ask)) {
    case gui::SingleInstance::Claim::raised:
        std::cerr << "unknot: Unknot is already running with this data folder; its window was "
                     "asked to come to the front.\n";
        return false;
    case gui::SingleInstance::Claim::declined:
        std::cerr << "unknot: not opened: another computer, " << foreign_host.toStdString()
                  << ", may be using this data folder.\n";
        return false;
    case gui::SingleInstance::Claim::run:
        break;
    }
    return true;
}

int run_window(QApplication& app, const cli::Window& options, const QString& play,
               std::future<RoutineLibrary> loading, const std::string& language)
{
    const QString data = data_dir(options.data_dir);
    gui::SingleInstance instance(data);
    if (!claim_data_folder(instance, data))
        return 0;
    const RoutineLibrary built_in = loading.get();
    QSettings settings(QDir(data).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const std::unique_ptr<gui::SessionClock> clock = make_clock(options.time_scale);
    std::unique_ptr<gui::CuePlayer> cues; // made when first needed: see gui::CueSource
    const gui::CueSource cue_source = [&cues] {
        if (!cues)
            cues = gui::CuePlayer::create_default();
        return cues.get();
    };
    Logging logging;
    gui::FocusRing focus_ring;
    gui::MainWindow window(&built_in);
    window.set_content_language(language);
    // Looked at every 3 s: at login the panel may come after Unknot.
    gui::TrayWatch tray(QSystemTrayIcon::isSystemTrayAvailable, std::chrono::seconds(3));
    const auto describe_cues = [cue_source](gui::SettingsEnvironment& e) {
        const gui::CuePlayer* player = cue_source();
        e.voices = player->voice_names();
        e.has_sound = player->has_sound();
        e.has_voice = player->has_voice();
    };
    window.set_settings(
        &settings, {.data_dir = data,
                    .voices = {},      // filled in by describe_cues
                    .open_folder = {}, // xdg-open
                    .reminders = gui::system_reminder_environment(options.data_dir, tray.present()),
                    .describe_cues = describe_cues});
    QObject::connect(&instance, &gui::SingleInstance::show_requested, &window,
                     [&window] { bring_to_front(window); });
    window.fit_to_screen();
    // --background (the login entry): only the tray icon, when reminders are on and there is a
    // tray; else the window, minimised, so that the person still finds it.
    const bool in_tray = options.background && tray.present() && reminders_on(settings);
    if (!in_tray)
        options.background ? window.showMinimized() : window.show();
    else
        QApplication::setQuitOnLastWindowClosed(false); // until the window is shown
    const StartupParts parts{
        .data = data, .settings = settings, .clock = *clock, .cues = cue_source, .tray = tray};
    const auto start_up = [&, parts] {
        gui::apply_app_icon();
        finish_start_up(window, logging, parts);
        QObject::connect(
            &window, &gui::MainWindow::library_loaded, &window,
            [&window, play] {
                gui::mark_startup_ready();
                if (!play.isEmpty())
                    window.play(play);
            },
            Qt::SingleShotConnection);
    };
    if (in_tray)
        QTimer::singleShot(0, &window, start_up);
    else
        gui::after_first_shown(window, start_up);
    gui::install_startup_probe(window); // tests/bench/startup.py; off unless asked for
    gui::install_stall_probe(&window);  // tests/bench/stall.py; off unless asked for
    return app.exec();
}

int open_window(const cli::Window& options, const QString& play, Process process)
{
    // Qt takes the first thread that makes a QObject for its main thread: make it this one, not
    // the loader below (else, now and then, QApplication runs on a "wrong" thread and drops keys).
    QThread::currentThread();
    // The built-in routines, which the window first shows, load on the other core while Qt starts.
    auto built_in = std::async(std::launch::async, [] {
        return RoutineLibrary::load(gui::builtin_routine_sources(), {});
    });
    QApplication app(process.argc, process.argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Unknot"));
    gui::apply_app_identity();
    gui::Translators translators;
    gui::install_translations(app, translators);
    gui::apply_palette(app, options.palette); // none: the desktop's
    return run_window(app, options, play, std::move(built_in), gui::content_language(translators));
}

} // namespace

int run(const cli::Window& mode, Process process)
{
    return open_window(mode, {}, process);
}

// A wrong id is reported before the window opens, so it needs no display.
int run(const cli::Play& mode, Process process)
{
    {
        const RoutineLibrary library = load_library(data_dir(mode.window.data_dir));
        if (!library.find_routine(mode.routine_id.toStdString()))
            return unknown_routine(mode.routine_id, library);
    }
    return open_window(mode.window, mode.routine_id, process);
}

} // namespace unknot::app
