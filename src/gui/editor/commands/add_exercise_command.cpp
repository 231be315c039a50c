#include "gui/editor/commands/add_exercise_command.h"

#include "gui/editor/editor_document.h"
#include "gui/text.h"

namespace unknot::gui {

AddExerciseCommand::AddExerciseCommand(EditorDocument* document, Exercise exercise,
                                       QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), exercise_(std::move(exercise))
{
    setText(QObject::tr("Add exercise “%1”").arg(qs(exercise_.name)));
}

void AddExerciseCommand::redo()
{
    document_->add_new_exercise(exercise_);
}

void AddExerciseCommand::undo()
{
    document_->remove_new_exercise(exercise_.id);
}

} // namespace unknot::gui
