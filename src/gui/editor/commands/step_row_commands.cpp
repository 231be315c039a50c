#include "gui/editor/commands/step_row_commands.h"

#include "gui/editor/editor_document.h"

namespace unknot::gui {

StepRowCommand::StepRowCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), row_(row), step_(std::move(step))
{}

void StepRowCommand::put_back()
{
    document_->insert_step(row_, step_);
}

void StepRowCommand::take_out()
{
    document_->take_step(row_);
}

AddStepCommand::AddStepCommand(EditorDocument* document, int row, Step step, QUndoCommand* parent)
    : StepRowCommand(document, row, std::move(step), parent)
{
    setText(QObject::tr("Add %1").arg(document_->step_name(step_)));
}

RemoveStepCommand::RemoveStepCommand(EditorDocument* document, int row)
    : StepRowCommand(document, row, document->routine().steps.at(size_t(row)), nullptr)
{
    setText(QObject::tr("Remove %1").arg(document_->step_name(step_)));
}

} // namespace unknot::gui
