#include "gui/editor/commands/add_step_command.h"

#include "gui/editor/editor_document.h"

namespace unknot::gui {

AddStepCommand::AddStepCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), row_(row), step_(std::move(step))
{
    setText(QObject::tr("Add %1").arg(document_->step_name(step_)));
}

void AddStepCommand::redo()
{
    document_->insert_step(row_, step_);
}

void AddStepCommand::undo()
{
    document_->take_step(row_);
}

} // namespace unknot::gui
