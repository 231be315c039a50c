// Unknot: parses the command line, builds the objects, wires them. Nothing else lives here.
#include "app/command_line.h"
#include "core/routine_commands.h"
#include "gui/builtin_routines.h"
#include "gui/main_window.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
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

int run_print_mode(const CommandLine& cl)
{
    if (!cl.validate_files.empty()) {
        const RoutineLibrary builtin = RoutineLibrary::load(gui::builtin_routine_sources(), {});
        return validate_files(cl.validate_files, builtin, std::cout, std::cerr);
    }
    const RoutineLibrary library = load_library(data_dir(cl));
    print_problems(library, std::cerr);
    list_routines(library, cl.json, std::cout);
    return 0;
}

int run_window(QApplication& app, const CommandLine& cl)
{
    const RoutineLibrary library = load_library(data_dir(cl));
    print_problems(library, std::cerr);
    gui::MainWindow window(&library);
    window.show();
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
    if (parse_command_line(argc, argv).action != CommandLine::Action::window) {
        QCoreApplication app(argc, argv); // no display needed for the print-only modes
        return run_without_window(parse_command_line(argc, argv));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Unknot"));
    return run_window(app, parse_command_line(argc, argv));
}
