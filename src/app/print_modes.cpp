// The modes that only print: no display, a QCoreApplication at most.
#include "app/app_data.h"
#include "app/modes.h"
#include "app/routine_commands.h"
#include "core/history/history_export.h"
#include "gui/builtin_routines.h"

#include <QCoreApplication>
#include <QDir>

#include <iostream>

namespace unknot::app {

int run(const cli::List& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    const RoutineLibrary library = load_library(data_dir(mode.data_dir));
    print_problems(library, std::cerr);
    list_routines(library, mode.json, std::cout);
    return 0;
}

int run(const cli::Validate& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    const RoutineLibrary builtin = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    return validate_files(mode.files, builtin, std::cout, std::cerr);
}

int run(const cli::ExportHistory& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    const QString database =
        QDir(data_dir_path(mode.data_dir)).filePath(QStringLiteral("history.sqlite3"));
    return export_history_command(database.toStdString(), mode.output.toStdString(), std::cout,
                                  std::cerr);
}

int run(const cli::Help& mode, Process)
{
    return cli::print_help(mode, std::cout);
}

int run(const cli::Version& mode, Process)
{
    return cli::print_version(mode, std::cout);
}

int run(const cli::UsageError& mode, Process)
{
    return cli::print_usage_error(mode, std::cerr);
}

} // namespace unknot::app
