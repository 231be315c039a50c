// The main window: the library, history and editor pages, and the player over them.
#pragma once

#include "core/routine/routine_library.h"
#include "core/routine/session_plan.h"
#include "gui/settings/settings_dialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class QSettings;
class QStackedWidget;
class QMenu;
class QTabWidget;

namespace unknot::gui {

class EditorPage;
class ProgrammeBar;
class ProgrammeController;
class HistoryPage;
class LibraryPage;
class PlayerPage;
class SessionFlow;
class SessionLogger;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const RoutineLibrary* library, QWidget* parent = nullptr);
    ~MainWindow() override;

    LibraryPage* library_page() const { return library_page_; }

    // Adds the player as a page over the tabs: Start in the library plays the routine there, and
    // the end of a session comes back to the tabs. Takes ownership of the player. With a logger
    // (and the settings), sessions are logged: the pain question before, the summary after, a
    // banner when logging fails. Closing the window mid-session asks first.
    void set_player(PlayerPage* player, SessionLogger* logger = nullptr,
                    QSettings* settings = nullptr);
    SessionFlow* session_flow() const { return flow_; }
    PlayerPage* player_page() const { return player_; }
    // The default size, or less on a screen with less room (from 1024x700 up everything fits).
    void fit_to_screen();
    // Plays routine `id`; false (and nothing changes) when there is no such routine or no player.
    bool play(const QString& routine_id);
    // Plays a routine that need not be in the library (the editor's "Try it"); `exercises` are
    // the ones its steps use.
    bool play_routine(const Routine& routine, const std::vector<Exercise>& exercises);

    // Adds the routine editor as a tab. When it has changed the user's files, the library
    // source reads them again (see set_library_source). Closing the window asks about the
    // editor's unsaved changes. Takes ownership of `editor`.
    void set_editor(EditorPage* editor);
    EditorPage* editor_page() const { return editor_; }

    // Adds the weekly history as the tab after the library; its automatic weekly goal asks the
    // library for routines' weekly targets. Takes ownership of `history`.
    void set_history(HistoryPage* history);
    HistoryPage* history_page() const { return history_; }
    // The library as loaded, which the editor edits; shown_library() is it in the interface's
    // language, which the library page, the player and the handout show.
    const RoutineLibrary* library() const { return library_; }
    const RoutineLibrary* shown_library() const { return shown_ ? shown_.get() : library_; }
    // The interface language ("de"; empty: the files' own text), from then on.
    void set_content_language(std::string language);
    // Keeps `library` and hands it to every page, which keep their selection where they can.
    // Start-up shows the built-in routines first and adopts the user's when they are loaded.
    void adopt_library(RoutineLibrary library);

    // The programme: its bar above the library (the week, this week's doses and why, "Start a
    // programme…"), its doses in the routines played, the gentle version on a flare-up day, the
    // check-in, and File > "Report for my therapist…" and "Export to calendar…". `programme`
    // must outlive the window.
    void set_programme(ProgrammeController* programme);
    ProgrammeBar* programme_bar() const { return programme_bar_; }
    void start_programme_dialog();
    // Asks the check-in when it is due (once per programme); true when it was asked.
    bool ask_check_in_if_due();
    void save_report_dialog();
    void export_calendar_dialog();

    // Where the window gets its libraries: `load` gives the built-in routines and all of the
    // user's, `reload` the library after the user files at the given paths changed, reading only
    // those. Both run on a worker thread, one at a time in the order asked, so that no stall of
    // the GUI grows with the library; meanwhile the pages keep the library they have, and
    // library_loaded() says when a new one is in.
    struct LibrarySource {
        std::function<RoutineLibrary()> load;
        std::function<RoutineLibrary(const RoutineLibrary& current, const QStringList& changed)>
            reload;
    };
    void set_library_source(LibrarySource source);
    void load_library();                         // with the source's load
    void reload_files(const QStringList& paths); // with the source's reload
    bool library_loading() const { return loading_; }

    // File > Print / Save as PDF… (Ctrl+P): the library's selected routine as a handout.
    void print_selected();

    // Adds Edit > Settings… (Ctrl+,). `settings` must outlive the window; the get-ready setting
    // applies to every routine played from then on. After OK the player and history read them
    // again and settings_changed() is emitted.
    void set_settings(QSettings* settings, SettingsEnvironment environment);
    void open_settings();
    void apply_settings();

    // Closing the window hides it instead of quitting while `keep_running` says so (reminders
    // on and a tray to wait in); quit() always quits. Mid-session, closing asks first either way.
    void set_keep_running(std::function<bool()> keep_running);
    void quit();                             // File > Quit, Ctrl+Q, and the tray's Quit
    void set_tray_available(bool available); // for the reminder settings' text

signals:
    void settings_changed();
    void hidden_to_tray();
    void library_loaded(); // a library from the source is in every page

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build_menus();
    bool start_plan(const QString& routine_id, RoutineFile snapshot, SessionPlan plan,
                    std::function<std::pair<Routine, SessionPlan>()> gentle = {});
    void refresh_programme();
    void start_next_load();

    const RoutineLibrary* library_;
    QStackedWidget* stack_;
    QTabWidget* tabs_;
    LibraryPage* library_page_;
    PlayerPage* player_ = nullptr;
    SessionFlow* flow_ = nullptr;
    QPointer<QWidget> focus_before_play_; // gets the focus back when the session ends
    EditorPage* editor_ = nullptr;
    HistoryPage* history_ = nullptr;
    std::unique_ptr<RoutineLibrary> adopted_; // owns the library after the first adopt_library
    std::string language_;
    std::unique_ptr<RoutineLibrary> shown_; // library_ in language_, when there is a language
    QSettings* settings_ = nullptr;
    SettingsEnvironment environment_;
    std::function<bool()> keep_running_;
    bool quitting_ = false;
    ProgrammeController* programme_ = nullptr;
    ProgrammeBar* programme_bar_ = nullptr;
    QMenu* file_menu_ = nullptr;
    QAction* quit_action_ = nullptr;
    LibrarySource library_source_;
    bool load_asked_ = false;
    QStringList changed_files_; // for the next reload
    bool loading_ = false;
    QThreadPool loader_; // last: destroyed first, it waits for a load that reads the library
};

} // namespace unknot::gui
