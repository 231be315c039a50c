// Prints a routine's handout: on a printer the user picked, or as a PDF file without a window.
#pragma once

#include "core/routine/routine_library.h"
#include "gui/print/handout_document.h"

#include <QString>

#include <iosfwd>

class QPrinter;
class QWidget;

namespace unknot::gui {

// Lays the handout out on `printer`'s pages, shrinking the type from 10 pt down to 7.5 pt until
// it fits on two pages (a longer routine takes more), with the routine's title and "Page n of m"
// at the foot of each page. Returns the number of pages printed; 0 when the printer would not
// start. In a programme, `entry` holds this week's doses and `doses` says why for each step.
int print_handout(const LibraryRoutine& entry, const RoutineLibrary& library, QPrinter& printer,
                  const DoseNotes& doses = {});

// Writes the handout to `pdf` as a PDF on the locale's paper (Letter in the US, A4 elsewhere).
// The file appears whole or not at all. Returns the number of pages; 0 and `error` on failure.
int save_handout_pdf(const LibraryRoutine& entry, const RoutineLibrary& library, const QString& pdf,
                     QString* error, const DoseNotes& doses = {});

// `unknot --print-routine ID OUT.pdf` once the routine is found: prints "OUT.pdf: N pages" to
// `out`, or a reason to `err`. Returns the exit code, 0 or 1.
int print_routine_command(const LibraryRoutine& entry, const RoutineLibrary& library,
                          const QString& pdf, std::ostream& out, std::ostream& err,
                          const DoseNotes& doses = {});

// The print dialog (whose printers include "Print to File (PDF)"), then the handout.
void print_handout_with_dialog(const LibraryRoutine& entry, const RoutineLibrary& library,
                               QWidget* parent, const DoseNotes& doses = {});

} // namespace unknot::gui
