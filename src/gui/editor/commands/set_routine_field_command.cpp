#include "gui/editor/commands/set_routine_field_command.h"

#include "gui/editor/commands/command_ids.h"
#include "gui/editor/editor_document.h"

namespace unknot::gui {

SetRoutineFieldCommand::SetRoutineFieldCommand(EditorDocument* document, RoutineField field,
                                               FieldValue value)
    : document_(document), field_(field), old_value_(routine_value(document->routine(), field)),
      new_value_(std::move(value))
{
    setText(routine_change_text(field_, new_value_));
}

void SetRoutineFieldCommand::redo()
{
    document_->set_routine_value(field_, new_value_);
}

void SetRoutineFieldCommand::undo()
{
    document_->set_routine_value(field_, old_value_);
}

int SetRoutineFieldCommand::id() const
{
    return set_routine_field_id;
}

bool SetRoutineFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetRoutineFieldCommand*>(other);
    if (next->document_ != document_ || next->field_ != field_)
        return false;
    new_value_ = next->new_value_;
    setText(next->text());
    setObsolete(new_value_ == old_value_);
    return true;
}

} // namespace unknot::gui
