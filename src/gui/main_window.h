// The main window: the library, history and editor pages, and the player over them.
#pragma once

#include "core/routine_library.h"

#include <QMainWindow>

class QStackedWidget;
class QTabWidget;

namespace unknot::gui {

class LibraryPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const RoutineLibrary* library, QWidget* parent = nullptr);

    LibraryPage* library_page() const { return library_page_; }

private:
    void build_menus();

    const RoutineLibrary* library_;
    QStackedWidget* stack_;
    QTabWidget* tabs_;
    LibraryPage* library_page_;
};

} // namespace unknot::gui
