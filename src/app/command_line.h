// The command line, parsed once into one mode: which one runs and with what. Adding a mode:
// docs/ARCHITECTURE.md, "A new command-line mode".
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>
#include <string>
#include <variant>
#include <vector>

namespace unknot::cli {

// Every member has a default, so a mode can be written with only the fields that matter
// (`List{.json = true}`). `data_dir` everywhere: --data-dir DIR, empty for the standard place.

// No mode option: the main window.
struct Window {
    QString data_dir{};
    double time_scale = 1.0; // --time-scale X, 1..100
    QString palette{};       // --palette dark|light (hidden): Fusion with that palette
    bool background = false; // --background: in the tray, no window (where there is a tray)
    bool operator==(const Window&) const = default;
};

// --play ID: the window, starting routine ID.
struct Play {
    Window window{};
    QString routine_id{};
    bool operator==(const Play&) const = default;
};

// --list [--json]: one line (or JSON object) per routine.
struct List {
    QString data_dir{};
    bool json = false;
    bool operator==(const List&) const = default;
};

// --validate FILE...: every problem in the files.
struct Validate {
    std::vector<std::string> files{};
    bool operator==(const Validate&) const = default;
};

// --export-history FILE: the history as CSV ("-": standard output).
struct ExportHistory {
    QString data_dir{};
    QString output{};
    bool operator==(const ExportHistory&) const = default;
};

// --print-routine ID OUT.pdf: the routine's handout as a PDF.
struct PrintRoutine {
    QString data_dir{};
    QString routine_id{};
    QString output{};
    bool operator==(const PrintRoutine&) const = default;
};

// --render-figures DIR: one PNG of key poses per exercise.
struct RenderFigures {
    QString data_dir{};
    QString output_dir{};
    bool operator==(const RenderFigures&) const = default;
};

// --cue-script ID [--guidance LEVEL]: what the coach will say and play in routine ID, and when.
struct CueScript {
    QString data_dir{};
    QString routine_id{};
    QString guidance{}; // full, names-and-counts, sounds-only, silent; empty: full
    bool operator==(const CueScript&) const = default;
};

// --report FROM TO OUT.pdf and --report-csv FROM TO OUT.csv: the report for a therapist over
// the days FROM to TO (both included, YYYY-MM-DD).
struct Report {
    QString data_dir{};
    QDate from{};
    QDate to{};
    QString output{};
    bool operator==(const Report&) const = default;
};
struct ReportCsv {
    Report report{};
    bool operator==(const ReportCsv&) const = default;
};

// --export-calendar OUT.ics: the programme's practice days as an iCalendar file.
struct ExportCalendar {
    QString data_dir{};
    QString output{};
    bool operator==(const ExportCalendar&) const = default;
};

// --help, --version: the text to print.
struct Help {
    QString text{};
    bool operator==(const Help&) const = default;
};
struct Version {
    QString text{};
    bool operator==(const Version&) const = default;
};

// Anything the parse refuses: what is wrong.
struct UsageError {
    QString message{};
    bool operator==(const UsageError&) const = default;
};

using Mode = std::variant<Window, Play, List, Validate, ExportHistory, PrintRoutine, RenderFigures,
                          CueScript, Report, ReportCsv, ExportCalendar, Help, Version, UsageError>;

// `arguments` as main gets them, the program first. Needs no QCoreApplication instance: the
// print-only modes must run without a display.
Mode parse_command_line(const QStringList& arguments);
Mode parse_command_line(int argc, char* argv[]);

// The modes that only print: help and version to `out` (exit code 0), a usage error with a hint
// to `err` (exit code 2).
int print_help(const Help& help, std::ostream& out);
int print_version(const Version& version, std::ostream& out);
int print_usage_error(const UsageError& error, std::ostream& err);

} // namespace unknot::cli
