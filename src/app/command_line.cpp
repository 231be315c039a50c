#include "app/command_line.h"

#include "core/session/cue_script.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <iterator>

namespace unknot {
namespace {

using namespace cli;

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot", text);
}

struct Options {
    static QString tr(const char* text) // lupdate's context for the help texts below
    {
        return QCoreApplication::translate("unknot::Options", text);
    }

    // Modes: each selects one (see `modes` below).
    QCommandLineOption validate{QStringLiteral("validate"),
                                tr("Check routine files FILE... and print every problem; exit 0 "
                                   "when all are valid, 1 when any is not.")};
    QCommandLineOption list{QStringLiteral("list"),
                            tr("Print one line per routine: id, title, minutes, source.")};
    QCommandLineOption play{QStringLiteral("play"),
                            tr("Open the player on routine ID (see --list for the ids)."),
                            tr("ID")};
    QCommandLineOption export_history{
        QStringLiteral("export-history"),
        tr("Write every session and step as CSV to FILE (- for standard output)."), tr("FILE")};
    QCommandLineOption render_figures{
        QStringLiteral("render-figures"),
        tr("Write one PNG per exercise into DIR, showing its figure's key poses."), tr("DIR")};
    QCommandLineOption print_routine{
        QStringLiteral("print-routine"),
        tr("Write routine ID's one- or two-page handout to the PDF file given after it."),
        tr("ID")};
    QCommandLineOption cue_script{
        QStringLiteral("cue-script"),
        tr("Print what the coach says and plays during routine ID, and when, without a display."),
        tr("ID")};
    QCommandLineOption report{
        QStringLiteral("report"),
        tr("Write the report for a therapist over the days FROM to TO (YYYY-MM-DD) to the PDF "
           "file given after TO."),
        tr("FROM")};
    QCommandLineOption report_csv{
        QStringLiteral("report-csv"),
        tr("Write the report's data over the days FROM to TO (YYYY-MM-DD) as CSV to the file "
           "given after TO."),
        tr("FROM")};
    QCommandLineOption export_calendar{
        QStringLiteral("export-calendar"),
        tr("Write the programme's practice days as an iCalendar file (.ics) to FILE."), tr("FILE")};
    // Modifiers: each goes with some modes (see `modifiers` below).
    QCommandLineOption json{QStringLiteral("json"), tr("With --list: print JSON.")};
    QCommandLineOption data_dir{QStringLiteral("data-dir"),
                                tr("Keep all user data (routines, history, settings) in DIR."),
                                tr("DIR")};
    QCommandLineOption time_scale{QStringLiteral("time-scale"),
                                  tr("Run session time X times faster (1 to 100), for previews."),
                                  tr("X")};
    QCommandLineOption guidance{
        QStringLiteral("guidance"),
        tr("With --cue-script: the guidance level (full, names-and-counts, sounds-only, silent)."),
        tr("LEVEL")};
    QCommandLineOption palette{QStringLiteral("palette"),
                               tr("Use the Fusion style with a dark or light palette."),
                               tr("dark|light")};
    QCommandLineOption background{
        QStringLiteral("background"),
        tr("Start in the system tray, without the window, for the reminders (as at login).")};
};

// What a mode's parse reads: the parsed options and the positional arguments.
struct Input {
    const QCommandLineParser& parser;
    const Options& o;

    QString value(const QCommandLineOption& option) const { return parser.value(option); }
    bool is_set(const QCommandLineOption& option) const { return parser.isSet(option); }
    QString data_dir() const { return parser.value(o.data_dir); }
    QStringList files() const { return parser.positionalArguments(); }
};

QString dashed(const QCommandLineOption& option)
{
    return QStringLiteral("--") + option.names().first();
}

UsageError unexpected(const QStringList& files)
{
    return {tr("unexpected argument '%1'").arg(files.first())};
}

Mode parse_window(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    Window window{.data_dir = in.data_dir(),
                  .palette = in.value(in.o.palette),
                  .background = in.is_set(in.o.background)};
    if (in.is_set(in.o.palette) && window.palette != QStringLiteral("dark") &&
        window.palette != QStringLiteral("light"))
        return UsageError{tr("--palette needs dark or light, got '%1'").arg(window.palette)};
    if (in.is_set(in.o.time_scale)) {
        bool ok = false;
        window.time_scale = in.value(in.o.time_scale).toDouble(&ok);
        if (!ok || !(window.time_scale >= 1.0 && window.time_scale <= 100.0))
            return UsageError{tr("--time-scale needs a number from 1 to 100, got '%1'")
                                  .arg(in.value(in.o.time_scale))};
    }
    return window;
}

Mode parse_play(const Input& in)
{
    const QString id = in.value(in.o.play);
    if (id.isEmpty())
        return UsageError{tr("--play needs a routine ID")};
    Mode window = parse_window(in);
    if (const Window* w = std::get_if<Window>(&window))
        return Play{.window = *w, .routine_id = id};
    return window;
}

Mode parse_list(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    return List{.data_dir = in.data_dir(), .json = in.is_set(in.o.json)};
}

Mode parse_validate(const Input& in)
{
    if (in.files().isEmpty())
        return UsageError{tr("--validate needs at least one FILE")};
    Validate validate;
    for (const QString& file : in.files())
        validate.files.push_back(file.toStdString());
    return validate;
}

Mode parse_export_history(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    const QString output = in.value(in.o.export_history);
    if (output.isEmpty())
        return UsageError{tr("--export-history needs a FILE, or - for standard output")};
    return ExportHistory{.data_dir = in.data_dir(), .output = output};
}

Mode parse_print_routine(const Input& in)
{
    const QString id = in.value(in.o.print_routine);
    if (id.isEmpty() || in.files().size() != 1)
        return UsageError{tr("--print-routine needs a routine ID and one OUT.pdf")};
    return PrintRoutine{.data_dir = in.data_dir(), .routine_id = id, .output = in.files().first()};
}

Mode parse_render_figures(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    const QString dir = in.value(in.o.render_figures);
    if (dir.isEmpty())
        return UsageError{tr("--render-figures needs a folder")};
    return RenderFigures{.data_dir = in.data_dir(), .output_dir = dir};
}

Mode parse_cue_script(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    const QString id = in.value(in.o.cue_script);
    if (id.isEmpty())
        return UsageError{tr("--cue-script needs a routine ID")};
    const QString level = in.value(in.o.guidance);
    if (in.is_set(in.o.guidance) && !guidance_named(level.toStdString()))
        return UsageError{
            tr("--guidance needs full, names-and-counts, sounds-only or silent, got '%1'")
                .arg(level)};
    return cli::CueScript{.data_dir = in.data_dir(), .routine_id = id, .guidance = level};
}

// FROM (the option's value), TO and the output file after it.
std::variant<Report, UsageError>
parse_report_days(const Input& in, const QCommandLineOption& option, const QString& usage)
{
    if (in.files().size() != 2)
        return UsageError{usage};
    const QDate from = QDate::fromString(in.value(option), Qt::ISODate);
    const QDate to = QDate::fromString(in.files().first(), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return UsageError{tr("%1: FROM and TO are dates written YYYY-MM-DD, got '%2' and '%3'")
                              .arg(dashed(option), in.value(option), in.files().first())};
    if (to < from)
        return UsageError{tr("%1: TO (%2) is before FROM (%3)")
                              .arg(dashed(option), in.files().first(), in.value(option))};
    return Report{.data_dir = in.data_dir(), .from = from, .to = to, .output = in.files().last()};
}

Mode parse_report(const Input& in)
{
    auto days = parse_report_days(in, in.o.report, tr("--report needs FROM TO OUT.pdf"));
    if (const auto* error = std::get_if<UsageError>(&days))
        return *error;
    return std::get<Report>(days);
}

Mode parse_report_csv(const Input& in)
{
    auto days = parse_report_days(in, in.o.report_csv, tr("--report-csv needs FROM TO OUT.csv"));
    if (const auto* error = std::get_if<UsageError>(&days))
        return *error;
    return ReportCsv{std::get<Report>(days)};
}

Mode parse_export_calendar(const Input& in)
{
    if (!in.files().isEmpty())
        return unexpected(in.files());
    const QString output = in.value(in.o.export_calendar);
    if (output.isEmpty())
        return UsageError{tr("--export-calendar needs a FILE")};
    return ExportCalendar{.data_dir = in.data_dir(), .output = output};
}

// The option that selects each mode and how the rest of the command line becomes that mode.
// Without any of them the window opens (parse_window).
struct ModeOption {
    const QCommandLineOption& option;
    Mode (*parse)(const Input&);
};

std::vector<ModeOption> modes(const Options& o)
{
    return {{o.validate, parse_validate},
            {o.list, parse_list},
            {o.play, parse_play},
            {o.export_history, parse_export_history},
            {o.render_figures, parse_render_figures},
            {o.print_routine, parse_print_routine},
            {o.cue_script, parse_cue_script},
            {o.report, parse_report},
            {o.report_csv, parse_report_csv},
            {o.export_calendar, parse_export_calendar}};
}

template <typename... Modes> bool is_one_of(const Mode& mode)
{
    return (std::holds_alternative<Modes>(mode) || ...);
}

// Options that change a mode, the modes they go with, and what to say when given to another.
// --data-dir goes with every mode.
struct Modifier {
    const QCommandLineOption& option;
    bool (*goes_with)(const Mode&);
    QString misplaced;
};

std::vector<Modifier> modifiers(const Options& o)
{
    return {
        {o.json, is_one_of<List>, tr("--json goes with --list")},
        {o.guidance, is_one_of<cli::CueScript>, tr("--guidance goes with --cue-script")},
        {o.time_scale, is_one_of<Window, Play>, tr("--time-scale goes with the window or --play")},
        {o.palette, is_one_of<Window, Play>, tr("--palette goes with the window or --play")},
        {o.background, is_one_of<Window>, tr("--background goes with the window only")}};
}

Mode parse_mode(const Input& in)
{
    std::vector<ModeOption> chosen;
    for (const ModeOption& mode : modes(in.o))
        if (in.is_set(mode.option))
            chosen.push_back(mode);
    if (chosen.size() > 1)
        return UsageError{tr("%1 and %2 cannot be used together")
                              .arg(dashed(chosen[0].option), dashed(chosen[1].option))};
    Mode mode = chosen.empty() ? parse_window(in) : chosen.front().parse(in);
    if (std::holds_alternative<UsageError>(mode))
        return mode;
    for (const Modifier& modifier : modifiers(in.o))
        if (in.is_set(modifier.option) && !modifier.goes_with(mode))
            return UsageError{modifier.misplaced};
    return mode;
}

// Qt names the program in the usage line only when a QCoreApplication exists; the parse runs
// before one does.
QString help_text(const QCommandLineParser& parser, const QString& program)
{
    QString text = parser.helpText();
    const QString unnamed = QStringLiteral("<executable_name>");
    if (text.startsWith(QStringLiteral("Usage: ") + unnamed))
        text.replace(7, unnamed.size(), program);
    return text;
}

// Not in namespace cli: lupdate gives the tr() calls here the context "unknot", as above.
Mode parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Guided exercise routines for knots and stiffness in the "
                                        "upper and middle back."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options o;
    o.palette.setFlags(QCommandLineOption::HiddenFromHelp); // for screenshots and testing
    for (const ModeOption& mode : modes(o))
        parser.addOption(mode.option);
    parser.addOption(o.data_dir);
    for (const Modifier& modifier : modifiers(o))
        parser.addOption(modifier.option);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Routine files, with --validate; OUT.pdf, with --print-routine; TO and OUT, with "
           "--report and --report-csv."),
        tr("[FILE...]"));
    if (!parser.parse(arguments))
        return UsageError{parser.errorText()};
    if (parser.isSet(help))
        return Help{help_text(parser, arguments.first())};
    if (parser.isSet(version))
        return Version{QStringLiteral("unknot %1\n").arg(QCoreApplication::applicationVersion())};
    return parse_mode(Input{parser, o});
}

} // namespace

namespace cli {

Mode parse_command_line(const QStringList& arguments)
{
    return parse(arguments);
}

Mode parse_command_line(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return parse_command_line(arguments);
}

int print_help(const Help& help, std::ostream& out)
{
    out << help.text.toStdString();
    return 0;
}

int print_version(const Version& version, std::ostream& out)
{
    out << version.text.toStdString();
    return 0;
}

int print_usage_error(const UsageError& error, std::ostream& err)
{
    err << "unknot: " << error.message.toStdString() << "\nTry 'unknot --help'.\n";
    return 2;
}

} // namespace cli
} // namespace unknot
