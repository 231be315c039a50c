#include "gui/editor/commands/move_step_command.h"

#include "gui/editor/editor_document.h"

namespace unknot::gui {

MoveStepCommand::MoveStepCommand(EditorDocument* document, int from, int to)
    : document_(document), from_(from), to_(to)
{
    const QString name = document_->step_name(document_->routine().steps.at(size_t(from)));
    if (to == from - 1)
        setText(QObject::tr("Move %1 up").arg(name));
    else if (to == from + 1)
        setText(QObject::tr("Move %1 down").arg(name));
    else
        setText(QObject::tr("Move %1 to position %2").arg(name).arg(to + 1));
}

void MoveStepCommand::redo()
{
    document_->move_step(from_, to_);
}

void MoveStepCommand::undo()
{
    document_->move_step(to_, from_);
}

} // namespace unknot::gui
