// The main window: the library, history and editor pages, and the player over them.
#pragma once

#include "core/routine_library.h"

#include <QMainWindow>
#include <QPointer>

class QStackedWidget;
class QTabWidget;

namespace unknot::gui {

class LibraryPage;
class PlayerPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const RoutineLibrary* library, QWidget* parent = nullptr);

    LibraryPage* library_page() const { return library_page_; }

    // Adds the player as a page over the tabs: Start in the library plays the routine there, and
    // the end of a session comes back to the tabs. Takes ownership.
    void set_player(PlayerPage* player);
    PlayerPage* player_page() const { return player_; }
    // Plays routine `id`; false (and nothing changes) when there is no such routine or no player.
    bool play(const QString& routine_id);

private:
    void build_menus();

    const RoutineLibrary* library_;
    QStackedWidget* stack_;
    QTabWidget* tabs_;
    LibraryPage* library_page_;
    PlayerPage* player_ = nullptr;
    QPointer<QWidget> focus_before_play_; // gets the focus back when the session ends
};

} // namespace unknot::gui
