// Adds a new exercise to the user's catalogue (written to my-exercises.json on save).
#pragma once

#include "core/routine/routine.h"

#include <QUndoCommand>

namespace unknot::gui {

class EditorDocument;

class AddExerciseCommand : public QUndoCommand {
public:
    AddExerciseCommand(EditorDocument* document, Exercise exercise, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EditorDocument* document_;
    Exercise exercise_;
};

} // namespace unknot::gui
