// Removes one step; undo puts it back where it was.
#pragma once

#include "core/routine/routine.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class RemoveStepCommand : public QUndoCommand {
public:
    RemoveStepCommand(EditorDocument* document, int row);

    void redo() override;
    void undo() override;

private:
    EditorDocument* document_;
    int row_;
    Step step_;
};

} // namespace unknot::gui
