// How each command-line mode runs (command_line.h says what each holds). Each returns the exit
// code; main dispatches on the parsed mode, so a mode without a run() here does not compile.
#pragma once

#include "app/command_line.h"

namespace unknot::app {

// main's arguments, for the modes that construct a Q(Gui)Application (it keeps a reference).
struct Process {
    int& argc;
    char** argv;
};

int run(const cli::Window& mode, Process process);   // window_mode.cpp
int run(const cli::Play& mode, Process process);     // window_mode.cpp
int run(const cli::List& mode, Process process);     // print_modes.cpp
int run(const cli::Validate& mode, Process process); // print_modes.cpp
int run(const cli::ExportHistory& mode, Process process);
int run(const cli::CueScript& mode, Process process);
int run(const cli::Help& mode, Process process);
int run(const cli::Version& mode, Process process);
int run(const cli::UsageError& mode, Process process);
int run(const cli::PrintRoutine& mode, Process process); // document_modes.cpp
int run(const cli::RenderFigures& mode, Process process);
int run(const cli::Report& mode, Process process); // programme_modes.cpp
int run(const cli::ReportCsv& mode, Process process);
int run(const cli::ExportCalendar& mode, Process process);

} // namespace unknot::app
