// Changes one field of the routine (title, lead-in, notes...). Repeated edits of the same field
// merge into one command, so typing a title is undone in one step.
#pragma once

#include "gui/editor/commands/change_value_command.h"
#include "gui/editor/editor_fields.h"

namespace unknot::gui {

class SetRoutineFieldCommand : public ChangeValueCommand<RoutineField, FieldValue> {
public:
    SetRoutineFieldCommand(EditorDocument* document, RoutineField field, FieldValue value);

    RoutineField field() const { return target(); }

private:
    void write(const FieldValue& value) override;
};

} // namespace unknot::gui
