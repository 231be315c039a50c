// Changes one field of the routine (title, lead-in, notes...). Repeated edits of the same field
// merge into one command, so typing a title is undone in one step.
#pragma once

#include "gui/editor/editor_fields.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class SetRoutineFieldCommand : public QUndoCommand {
public:
    SetRoutineFieldCommand(EditorDocument* document, RoutineField field, FieldValue value);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    RoutineField field() const { return field_; }

private:
    EditorDocument* document_;
    RoutineField field_;
    FieldValue old_value_;
    FieldValue new_value_;
};

} // namespace unknot::gui
