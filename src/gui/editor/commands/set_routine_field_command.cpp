#include "gui/editor/commands/set_routine_field_command.h"

#include "gui/editor/commands/command_ids.h"
#include "gui/editor/editor_document.h"

namespace unknot::gui {

SetRoutineFieldCommand::SetRoutineFieldCommand(EditorDocument* document, RoutineField field,
                                               FieldValue value)
    : ChangeValueCommand(document, field, routine_value(document->routine(), field),
                         std::move(value), set_routine_field_id)
{
    setText(routine_change_text(field, new_value()));
}

void SetRoutineFieldCommand::write(const FieldValue& value)
{
    document_->set_routine_value(target(), value);
}

} // namespace unknot::gui
