// The modes that paint into files: a GUI application for fonts and painting, but no display.
#include "app/app_data.h"
#include "app/modes.h"
#include "app/routine_commands.h"
#include "gui/desktop/translations.h"
#include "gui/figure/figure_strip.h"
#include "gui/print/handout_printer.h"

#include <QGuiApplication>

#include <iostream>

namespace unknot::app {
namespace {

void paint_without_display()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int run(const cli::RenderFigures& mode, Process process)
{
    paint_without_display();
    QGuiApplication app(process.argc, process.argv);
    const RoutineLibrary library = load_library(data_dir(mode.data_dir));
    print_problems(library, std::cerr);
    return gui::render_figures_command(library.exercises(), mode.output_dir, std::cout, std::cerr);
}

int run(const cli::PrintRoutine& mode, Process process)
{
    paint_without_display();
    QGuiApplication app(process.argc, process.argv);
    gui::Translators translators;
    gui::install_translations(app, translators); // the handout in the person's language
    const RoutineLibrary loaded = load_library(data_dir(mode.data_dir));
    print_problems(loaded, std::cerr);
    const RoutineLibrary library = loaded.in_language(gui::content_language(translators));
    const LibraryRoutine* entry = library.find_routine(mode.routine_id.toStdString());
    if (!entry)
        return unknown_routine(mode.routine_id, library);
    return gui::print_routine_command(*entry, library, mode.output, std::cout, std::cerr);
}

} // namespace unknot::app
