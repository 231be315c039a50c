// The app's session log as a test sees it: a main window with the player, the session flow and a
// logger over a real history store in a temporary data folder, on a manual clock.
#pragma once

#include "core/history/history_store.h"
#include "core/routine/routine_format.h"
#include "core/routine/routine_library.h"
#include "gui/main_window.h"
#include "gui/player/player_page.h"
#include "gui/session/pain_rating_page.h"
#include "gui/session/session_flow.h"
#include "gui/session/session_logger.h"
#include "gui/session/session_summary_page.h"
#include "gui/settings_keys.h"
#include "player_fixture.h"

#include <QDir>
#include <QFile>
#include <QStackedWidget>
#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>

namespace unknot::test {

// The player test routine as a valid routine file, with its exercises.
inline RoutineFile player_routine_file()
{
    PlayerRoutine player;
    RoutineFile file{player.exercises, player.routine};
    file.routine->summary = "Every kind of phase.";
    for (Exercise& e : file.exercises)
        e.summary = e.name + ", for the test.";
    return file;
}

// Writes the player test routine into <data>/routines and loads it.
inline RoutineLibrary player_routine_library(const QString& data)
{
    const QString folder = QDir(data).filePath(QStringLiteral("routines"));
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("player-test.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(write_routine_file(player_routine_file())));
    file.close();
    RoutineLibrary library = RoutineLibrary::load({}, folder.toStdString());
    std::string problems;
    for (const Problem& p : library.problems())
        problems += p.to_string() + "\n";
    INFO(problems);
    REQUIRE(library.find_routine("player-test"));
    return library;
}

inline std::filesystem::path history_path(const QTemporaryDir& dir)
{
    return std::filesystem::path(dir.filePath(QStringLiteral("history.sqlite3")).toStdString());
}

struct LoggedApp {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ManualClock clock;
    RoutineLibrary library = player_routine_library(dir.path());
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<gui::SessionLogger> logger;
    std::unique_ptr<gui::MainWindow> window;
    gui::PlayerPage* player = nullptr;

    // with_store false: the history could not be opened, sessions play without a log.
    // not_logged: why sessions are not logged (the summary says it), with no store.
    explicit LoggedApp(bool with_store = true, HistoryStoreOptions options = {},
                       const QString& not_logged = {})
    {
        if (with_store) {
            OpenResult opened = HistoryStore::open(history_path(dir), std::move(options));
            REQUIRE(opened.store);
            store = std::move(opened.store);
        }
        logger = std::make_unique<gui::SessionLogger>(store.get(), not_logged);
        window = std::make_unique<gui::MainWindow>(&library);
        player = new gui::PlayerPage(clock, settings, nullptr);
        // Sounds only: nothing to say, so every phase keeps its planned length (the coach
        // lengthens lead-ins and switches for the setup it says).
        player->set_guidance(GuidanceLevel::sounds_only);
        window->set_player(player, logger.get(), &settings);
        window->show();
    }

    void ask_pain(bool on) { settings.setValue(gui::settings_keys::ask_pain_before(), on); }
    gui::SessionFlow* flow() const { return window->session_flow(); }
    gui::PainRatingPage* pain_page() const { return flow()->pain_page(); }
    gui::SessionSummaryPage* summary() const { return flow()->summary_page(); }
    QWidget* current_page() const { return window->findChild<QStackedWidget*>()->currentWidget(); }
    int phase() const { return player->engine()->phase_index(); }

    // Moves the clock on and lets the player act on it; then waits for the writes it asked for.
    void wait(double seconds)
    {
        clock.advance(seconds);
        player->tick();
        logger->settle();
    }

    // What is in the history once the writes asked for so far are done.
    std::vector<SessionRecord> sessions() const
    {
        logger->settle();
        auto all = store->all_sessions();
        REQUIRE(all.ok());
        return all.value;
    }
};

} // namespace unknot::test
