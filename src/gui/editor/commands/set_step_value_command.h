// Changes one field of one step (hold, reps, tempo, note...). Repeated edits of the same field
// of the same step merge, so spinning a hold from 30 to 45 is undone in one step. Changes of
// kind and exercise never merge: each is a decision of its own.
#pragma once

#include "gui/editor/editor_fields.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class SetStepValueCommand : public QUndoCommand {
public:
    SetStepValueCommand(EditorDocument* document, int row, StepField field, FieldValue value);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    EditorDocument* document_;
    int row_;
    StepField field_;
    FieldValue old_value_;
    FieldValue new_value_;
};

} // namespace unknot::gui
