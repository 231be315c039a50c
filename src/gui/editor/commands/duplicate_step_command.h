// Puts a copy of a step right after it.
#pragma once

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class DuplicateStepCommand : public QUndoCommand {
public:
    DuplicateStepCommand(EditorDocument* document, int row);

    void redo() override;
    void undo() override;

private:
    EditorDocument* document_;
    int row_;
};

} // namespace unknot::gui
