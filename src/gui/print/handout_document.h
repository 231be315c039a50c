// A routine as a handout, the kind physiotherapists give out: title, summary, every step with its
// hold, reps, sets and sides, the key poses of its figure, instructions, form cues, cautions,
// notes and when to see a professional. All text from the routine is inserted as plain text.
#pragma once

#include "core/routine/routine_library.h"
#include "gui/programme/dose_notes.h"

#include <QImage>
#include <QString>

#include <vector>

class QTextDocument;

namespace unknot::gui {

struct HandoutStyle {
    double font_points = 10;         // body text; headings scale from it
    double figure_height = 60;       // key-pose pictures, in the document's units
    double figure_dots_per_unit = 2; // their pixels per document unit (sharpness in print)
};

// Fills `document` (cleared first).
void write_handout(QTextDocument& document, const LibraryRoutine& entry,
                   const RoutineLibrary& library, const HandoutStyle& style,
                   const DoseNotes& doses = {});

// With the document's page size set: moves every heading whose first lines would start the next
// page to that page, so that no heading ends a page alone.
void keep_headings_with_text(QTextDocument& document);
// The headings that end a page while their first lines start the next (none after the above).
std::vector<QString> orphaned_headings(const QTextDocument& document);

// One picture per key pose of the exercise's figure, dark on white, `height` pixels high; none
// without a figure.
std::vector<QImage> key_pose_pictures(const Exercise& exercise, int height);

} // namespace unknot::gui
