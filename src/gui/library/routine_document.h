// Writes a routine into a QTextDocument as plain text with headings: never parsed as markup.
#pragma once

#include "core/routine/routine_library.h"

class QTextDocument;

namespace unknot::gui {

void write_routine_document(QTextDocument& document, const LibraryRoutine& entry,
                            const RoutineLibrary& library);

} // namespace unknot::gui
