// The programme's modes: the report for a therapist (PDF or CSV) and the calendar file. They read
// the history, the programme file and the routines in the data folder and need no display.
#include "app/app_data.h"
#include "app/modes.h"
#include "app/routine_commands.h"
#include "core/base/atomic_write.h"
#include "core/history/history_store.h"
#include "core/programme/calendar.h"
#include "core/programme/programme_format.h"
#include "core/programme/programme_log.h"
#include "core/programme/report_data.h"
#include "gui/desktop/translations.h"
#include "gui/print/report_printer.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <chrono>
#include <filesystem>
#include <iostream>

namespace unknot::app {
namespace {

class ProgrammeModes {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeModes)
};

struct Log {
    std::vector<SessionRecord> sessions;
    std::vector<CheckIn> check_ins;
};

std::filesystem::path in_data(const QString& data, const QString& name)
{
    return QDir(data_dir_path(data)).filePath(name).toStdString();
}

// The sessions a report over [from, to] needs from the history in the data folder and every
// check-in; none (and the reason on stderr) when it cannot be read.
std::optional<Log> read_log(const QString& data, const Programme* programme, local_days from,
                            local_days to)
{
    const std::filesystem::path database = in_data(data, QStringLiteral("history.sqlite3"));
    std::error_code ec;
    if (!std::filesystem::exists(database, ec))
        return Log{};
    OpenResult opened = HistoryStore::open(database);
    if (!opened.store) {
        std::cerr << "unknot: " << opened.message << "\n";
        return std::nullopt;
    }
    auto sessions = report_sessions(*opened.store, programme, from, to);
    auto check_ins = opened.store->check_ins();
    if (!sessions.ok() || !check_ins.ok()) {
        std::cerr << "unknot: "
                  << (sessions.ok() ? check_ins.status.message : sessions.status.message) << "\n";
        return std::nullopt;
    }
    return Log{std::move(sessions.value), std::move(check_ins.value)};
}

// The programme file, when there is one; its problems go to stderr.
std::optional<Programme> read_programme(const QString& data)
{
    const ProgrammeParse parse =
        load_programme(in_data(data, QString::fromUtf8(kProgrammeFileName)));
    for (const Problem& problem : parse.problems)
        std::cerr << problem.to_string() << "\n";
    return parse.programme;
}

std::chrono::local_days to_days(const QDate& date)
{
    return std::chrono::local_days{std::chrono::days{date.toJulianDay() - 2440588}};
}

struct Report {
    ReportData data;
    std::vector<SessionRecord> sessions; // the ones it was built from
};

std::optional<Report> report_for(const cli::Report& mode)
{
    const std::optional<Programme> programme = read_programme(mode.data_dir);
    const Programme* p = programme ? &*programme : nullptr;
    const local_days from = to_days(mode.from);
    const local_days to = to_days(mode.to);
    std::optional<Log> log = read_log(mode.data_dir, p, from, to);
    if (!log)
        return std::nullopt;
    ReportData data = build_report(log->sessions, log->check_ins, p, from, to);
    return Report{std::move(data), std::move(log->sessions)};
}

int write_or_say(const QString& output, const std::string& bytes, const std::string& what)
{
    if (const auto problem = write_file_atomically(output.toStdString(), bytes)) {
        std::cerr << "unknot: " << *problem << "\n";
        return 1;
    }
    std::cout << output.toStdString() << ": " << what << "\n";
    return 0;
}

} // namespace

int run(const cli::Report& mode, Process process)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(process.argc, process.argv);
    gui::Translators translators;
    gui::install_translations(app, translators);
    const std::optional<Report> report = report_for(mode);
    if (!report)
        return 1;
    gui::RoutineTitles titles;
    const RoutineLibrary library = load_library(data_dir_path(mode.data_dir));
    for (const LibraryRoutine& entry : library.routines())
        titles[entry.routine.id] = entry.routine.title;
    QString error;
    const int pages = gui::save_report_pdf(report->data, titles, mode.output, &error);
    if (pages == 0) {
        std::cerr << "unknot: " << error.toStdString() << "\n";
        return 1;
    }
    std::cout << mode.output.toStdString() << ": " << pages << (pages == 1 ? " page" : " pages")
              << ", " << report->data.sessions << " sessions\n";
    return 0;
}

int run(const cli::ReportCsv& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    const std::optional<Report> report = report_for(mode.report);
    if (!report)
        return 1;
    return write_or_say(mode.report.output, report_csv(report->sessions, report->data),
                        std::to_string(report->data.sessions) + " sessions");
}

int run(const cli::ExportCalendar& mode, Process process)
{
    QCoreApplication app(process.argc, process.argv);
    const std::optional<Programme> programme = read_programme(mode.data_dir);
    if (!programme) {
        std::cerr << "unknot: no programme in " << data_dir_path(mode.data_dir).toStdString()
                  << ": start one in the library first\n";
        return 1;
    }
    const RoutineLibrary library = load_library(data_dir_path(mode.data_dir));
    QStringList titles;
    for (const std::string& id : programme->routines) {
        const LibraryRoutine* entry = library.find_routine(id);
        titles << QString::fromStdString(entry ? entry->routine.title : id);
    }
    CalendarEvent event;
    event.summary = ProgrammeModes::tr("Back exercises: %1")
                        .arg(titles.join(QStringLiteral(", ")))
                        .toStdString();
    event.description =
        ProgrammeModes::tr("Your Unknot programme. Stop any exercise that hurts.").toStdString();
    event.alarm = ProgrammeModes::tr("Time for your back exercises").toStdString();
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return write_or_say(mode.output, programme_calendar(*programme, event, now),
                        std::to_string(programme->days.size()) + " weekly events");
}

} // namespace unknot::app
