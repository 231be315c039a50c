// Adds a step (an exercise from the catalogue, a timed activity or a rest) at a position.
#pragma once

#include "core/routine/routine.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class AddStepCommand : public QUndoCommand {
public:
    AddStepCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EditorDocument* document_;
    int row_;
    Step step_;
};

} // namespace unknot::gui
