// The modes that only print: no display, a QCoreApplication at most.
#include "app/app_data.h"
#include "app/modes.h"
#include "app/routine_commands.h"
#include "core/history/history_export.h"
#include "core/session/coach.h"
#include "core/session/cue_script_text.h"
#include "gui/builtin_routines.h"
#include "gui/desktop/translations.h"
#include "gui/player/coach_options.h"
#include "gui/settings/lead_in_setting.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <cmath>
#include <cstdio>
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

namespace {

std::string minutes(double seconds)
{
    const long whole = std::lround(seconds);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", whole / 60, whole % 60);
    return text;
}

} // namespace

// As the player would coach it now: the get-ready time, speaking rate and language set now.
int run(const cli::CueScript& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    gui::Translators translators;
    gui::install_translations(app, translators); // in the language the coach speaks
    const QString data = data_dir(mode.data_dir);
    const RoutineLibrary library = load_library(data);
    print_problems(library, std::cerr);
    const LibraryRoutine* entry = library.find_routine(mode.routine_id.toStdString());
    if (!entry)
        return unknown_routine(mode.routine_id, library);
    const QSettings settings(QDir(data).filePath(QStringLiteral("settings.ini")),
                             QSettings::IniFormat);
    const GuidanceLevel level =
        guidance_named(mode.guidance.toStdString()).value_or(GuidanceLevel::full);
    const ExerciseLookup lookup = library.lookup();
    const Routine routine = gui::with_lead_in_setting(entry->routine, &settings);
    const SessionPlan plan = build_plan(routine, lookup);
    const CoachOptions options = gui::coach_options(settings, level);
    const CoachedSession coached = coach_session(plan, routine, lookup, options);
    std::cout << "# " << routine.title << ": " << minutes(coached.plan.total_seconds())
              << " (planned " << minutes(plan.total_seconds()) << "), guidance "
              << guidance_name(level) << ", " << options.pace.words_per_minute
              << " words a minute\n# time   phase                  category      priority  what\n"
              << cue_script_text(coached.plan, coached.script);
    return 0;
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
