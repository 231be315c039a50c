#include "app/command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace unknot {
namespace {

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

    QCommandLineOption validate{QStringLiteral("validate"),
                                tr("Check routine files FILE... and print every problem; exit 0 "
                                   "when all are valid, 1 when any is not.")};
    QCommandLineOption list{QStringLiteral("list"),
                            tr("Print one line per routine: id, title, minutes, source.")};
    QCommandLineOption json{QStringLiteral("json"), tr("With --list: print JSON.")};
    QCommandLineOption data_dir{QStringLiteral("data-dir"),
                                tr("Keep all user data (routines, history, settings) in DIR."),
                                tr("DIR")};
    QCommandLineOption play{QStringLiteral("play"),
                            tr("Open the player on routine ID (see --list for the ids)."),
                            tr("ID")};
    QCommandLineOption time_scale{QStringLiteral("time-scale"),
                                  tr("Run session time X times faster (1 to 100), for previews."),
                                  tr("X")};
    QCommandLineOption export_history{
        QStringLiteral("export-history"),
        tr("Write every session and step as CSV to FILE (- for standard output)."), tr("FILE")};
    QCommandLineOption render_figures{
        QStringLiteral("render-figures"),
        tr("Write one PNG per exercise into DIR, showing its figure's key poses."), tr("DIR")};
    QCommandLineOption palette{QStringLiteral("palette"),
                               tr("Use the Fusion style with a dark or light palette."),
                               tr("dark|light")};
    QCommandLineOption print_routine{
        QStringLiteral("print-routine"),
        tr("Write routine ID's one- or two-page handout to the PDF file given after it."),
        tr("ID")};
};

CommandLine usage_error(const QString& message)
{
    CommandLine cl;
    cl.action = CommandLine::Action::usage_error;
    cl.error = message;
    return cl;
}

CommandLine from_parser(const QCommandLineParser& parser, const Options& o)
{
    CommandLine cl;
    cl.data_dir = parser.value(o.data_dir);
    cl.json = parser.isSet(o.json);
    cl.list = parser.isSet(o.list);
    cl.play = parser.value(o.play);
    cl.palette = parser.value(o.palette);
    if (parser.isSet(o.palette) && cl.palette != QStringLiteral("dark") &&
        cl.palette != QStringLiteral("light"))
        return usage_error(tr("--palette needs dark or light, got '%1'").arg(cl.palette));
    if (parser.isSet(o.time_scale)) {
        bool ok = false;
        cl.time_scale = parser.value(o.time_scale).toDouble(&ok);
        if (!ok || !(cl.time_scale >= 1.0 && cl.time_scale <= 100.0))
            return usage_error(tr("--time-scale needs a number from 1 to 100, got '%1'")
                                   .arg(parser.value(o.time_scale)));
    }
    if (parser.isSet(o.play) && cl.play.isEmpty())
        return usage_error(tr("--play needs a routine ID"));
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(o.validate)) {
        if (files.isEmpty())
            return usage_error(tr("--validate needs at least one FILE"));
        for (const QString& f : files)
            cl.validate_files.push_back(f.toStdString());
        cl.action = CommandLine::Action::print;
        return cl;
    }
    if (parser.isSet(o.print_routine)) {
        cl.print_routine = parser.value(o.print_routine);
        if (cl.print_routine.isEmpty() || files.size() != 1)
            return usage_error(tr("--print-routine needs a routine ID and one OUT.pdf"));
        cl.print_output = files.first();
        cl.action = CommandLine::Action::print_routine;
        return cl;
    }
    if (!files.isEmpty())
        return usage_error(tr("unexpected argument '%1'").arg(files.first()));
    if (parser.isSet(o.export_history)) {
        cl.export_history = parser.value(o.export_history);
        if (cl.export_history.isEmpty())
            return usage_error(tr("--export-history needs a FILE, or - for standard output"));
        cl.action = CommandLine::Action::print;
        return cl;
    }
    if (parser.isSet(o.render_figures)) {
        cl.render_figures = parser.value(o.render_figures);
        if (cl.render_figures.isEmpty())
            return usage_error(tr("--render-figures needs a folder"));
        cl.action = CommandLine::Action::render_figures;
        return cl;
    }
    if (cl.json && !cl.list)
        return usage_error(tr("--json goes with --list"));
    if (cl.list)
        cl.action = CommandLine::Action::print;
    return cl;
}

} // namespace

CommandLine parse_command_line(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Guided exercise routines for knots and stiffness in the "
                                        "upper and middle back."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options o;
    o.palette.setFlags(QCommandLineOption::HiddenFromHelp); // for screenshots and testing
    parser.addOptions({o.validate, o.list, o.json, o.data_dir, o.play, o.time_scale,
                       o.export_history, o.render_figures, o.print_routine, o.palette});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Routine files, with --validate; OUT.pdf, with --print-routine."), tr("[FILE...]"));
    if (!parser.parse(args))
        return usage_error(parser.errorText());
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.action = CommandLine::Action::help;
        cl.message = parser.helpText();
    } else if (parser.isSet(version)) {
        cl.action = CommandLine::Action::version;
        cl.message = QStringLiteral("unknot %1\n").arg(QCoreApplication::applicationVersion());
    } else {
        cl = from_parser(parser, o);
    }
    return cl;
}

} // namespace unknot
