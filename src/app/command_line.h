// The command line: which mode to run, with what. Parsed with QCommandLineParser.
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace unknot {

struct CommandLine {
    enum class Action { window, print, help, version, usage_error, render_figures, print_routine };
    Action action = Action::window;
    QString error;   // usage_error
    QString message; // help, version
    QString data_dir;
    std::vector<std::string> validate_files;
    bool list = false;
    bool json = false;
    QString play;            // --play ID: start this routine in the player
    double time_scale = 1.0; // --time-scale X, 1..100
    QString export_history;  // --export-history FILE: the history as CSV ("-": stdout)
    QString render_figures;  // --render-figures DIR: one PNG of key poses per exercise
    QString print_routine;   // --print-routine ID OUT.pdf: the routine's handout as a PDF
    QString print_output;    // OUT.pdf
    QString palette;         // --palette dark|light (hidden): Fusion with that palette
};

// Needs no QCoreApplication instance: print-only modes must run without a display.
CommandLine parse_command_line(int argc, char* argv[]);

} // namespace unknot
