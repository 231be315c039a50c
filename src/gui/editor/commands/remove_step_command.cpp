#include "gui/editor/commands/remove_step_command.h"

#include "gui/editor/editor_document.h"

namespace unknot::gui {

RemoveStepCommand::RemoveStepCommand(EditorDocument* document, int row)
    : document_(document), row_(row), step_(document->routine().steps.at(size_t(row)))
{
    setText(QObject::tr("Remove %1").arg(document_->step_name(step_)));
}

void RemoveStepCommand::redo()
{
    document_->take_step(row_);
}

void RemoveStepCommand::undo()
{
    document_->insert_step(row_, step_);
}

} // namespace unknot::gui
