#include "gui/main_window.h"

#include "gui/library/library_page.h"

#include <QApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>

namespace unknot::gui {

MainWindow::MainWindow(const RoutineLibrary* library, QWidget* parent)
    : QMainWindow(parent), library_(library), stack_(new QStackedWidget(this)),
      tabs_(new QTabWidget(this)), library_page_(new LibraryPage(this))
{
    setWindowTitle(tr("Unknot"));
    library_page_->set_library(library_);
    tabs_->addTab(library_page_, tr("&Library"));
    tabs_->setDocumentMode(true);
    stack_->addWidget(tabs_);
    setCentralWidget(stack_);
    build_menus();
    resize(1100, 720);
}

void MainWindow::build_menus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace unknot::gui
