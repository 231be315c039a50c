// The floor for the start-up benchmark: a bare Qt Widgets window built in the same tree with the
// same flags, measured by the same probe as unknot (src/gui/startup_probe.h).
#include "gui/first_shown.h"
#include "gui/startup_probe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1100, 720); // the size of unknot's main window
    window.show();
    unknot::gui::install_startup_probe(window);
    unknot::gui::after_first_shown(window, unknot::gui::mark_startup_ready); // nothing to load
    return app.exec();
}
