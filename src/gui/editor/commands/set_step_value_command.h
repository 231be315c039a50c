// Changes one field of one step (hold, reps, tempo, note...). Repeated edits of the same field
// of the same step merge, so spinning a hold from 30 to 45 is undone in one step. Changes of
// kind and exercise never merge: each is a decision of its own.
#pragma once

#include "gui/editor/commands/change_value_command.h"
#include "gui/editor/editor_fields.h"

namespace unknot::gui {

struct StepValueTarget {
    int row;
    StepField field;
    bool operator==(const StepValueTarget&) const = default;
};

class SetStepValueCommand : public ChangeValueCommand<StepValueTarget, FieldValue> {
public:
    SetStepValueCommand(EditorDocument* document, int row, StepField field, FieldValue value);

private:
    void write(const FieldValue& value) override;
};

} // namespace unknot::gui
