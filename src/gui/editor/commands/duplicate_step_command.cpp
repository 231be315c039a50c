#include "gui/editor/commands/duplicate_step_command.h"

#include "gui/editor/editor_document.h"

namespace unknot::gui {

DuplicateStepCommand::DuplicateStepCommand(EditorDocument* document, int row)
    : document_(document), row_(row)
{
    setText(QObject::tr("Duplicate %1")
                .arg(document_->step_name(document_->routine().steps.at(size_t(row)))));
}

void DuplicateStepCommand::redo()
{
    document_->insert_step(row_ + 1, document_->routine().steps.at(size_t(row_)));
}

void DuplicateStepCommand::undo()
{
    document_->take_step(row_ + 1);
}

} // namespace unknot::gui
