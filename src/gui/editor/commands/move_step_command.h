// Moves one step to another position (Alt+Up, Alt+Down, drag and drop).
#pragma once

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class MoveStepCommand : public QUndoCommand {
public:
    // `to` is the step's index after the move.
    MoveStepCommand(EditorDocument* document, int from, int to);

    void redo() override;
    void undo() override;

private:
    EditorDocument* document_;
    int from_;
    int to_;
};

} // namespace unknot::gui
