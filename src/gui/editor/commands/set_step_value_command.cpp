#include "gui/editor/commands/set_step_value_command.h"

#include "gui/editor/commands/command_ids.h"
#include "gui/editor/editor_document.h"
#include "gui/text.h"

namespace unknot::gui {

namespace {

QString change_text(const EditorDocument& document, StepField field, const FieldValue& value)
{
    if (field != StepField::exercise)
        return step_change_text(field, value);
    const Exercise* exercise = document.find_exercise(std::get<std::string>(value));
    return step_change_text(field, exercise ? exercise->name : std::get<std::string>(value));
}

int merge_id(StepField field)
{
    const bool discrete = field == StepField::kind || field == StepField::exercise;
    return discrete ? -1 : set_step_value_id;
}

} // namespace

SetStepValueCommand::SetStepValueCommand(EditorDocument* document, int row, StepField field,
                                         FieldValue value)
    : ChangeValueCommand(document, {row, field},
                         step_value(document->routine().steps.at(size_t(row)), field),
                         std::move(value), merge_id(field))
{
    setText(change_text(*document_, field, new_value()));
}

void SetStepValueCommand::write(const FieldValue& value)
{
    document_->set_step_value(target().row, target().field, value);
}

} // namespace unknot::gui
