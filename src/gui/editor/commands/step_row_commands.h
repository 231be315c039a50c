// Adding and removing one step: each is the other's undo.
#pragma once

#include "core/routine/routine.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class StepRowCommand : public QUndoCommand {
protected:
    StepRowCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent);

    void put_back();
    void take_out();

    EditorDocument* document_;
    int row_;
    Step step_;
};

// Adds a step (an exercise from the catalogue, a timed activity or a rest) at a position.
class AddStepCommand : public StepRowCommand {
public:
    AddStepCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent = nullptr);

    void redo() override { put_back(); }
    void undo() override { take_out(); }
};

// Removes one step; undo puts it back where it was.
class RemoveStepCommand : public StepRowCommand {
public:
    RemoveStepCommand(EditorDocument* document, int row);

    void redo() override { take_out(); }
    void undo() override { put_back(); }
};

} // namespace unknot::gui
