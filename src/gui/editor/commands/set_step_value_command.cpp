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

} // namespace

SetStepValueCommand::SetStepValueCommand(EditorDocument* document, int row, StepField field,
                                         FieldValue value)
    : document_(document), row_(row), field_(field),
      old_value_(step_value(document->routine().steps.at(size_t(row)), field)),
      new_value_(std::move(value))
{
    setText(change_text(*document_, field_, new_value_));
}

void SetStepValueCommand::redo()
{
    document_->set_step_value(row_, field_, new_value_);
}

void SetStepValueCommand::undo()
{
    document_->set_step_value(row_, field_, old_value_);
}

int SetStepValueCommand::id() const
{
    const bool discrete = field_ == StepField::kind || field_ == StepField::exercise;
    return discrete ? -1 : set_step_value_id;
}

bool SetStepValueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetStepValueCommand*>(other);
    if (next->document_ != document_ || next->row_ != row_ || next->field_ != field_)
        return false;
    new_value_ = next->new_value_;
    setText(next->text());
    setObsolete(new_value_ == old_value_);
    return true;
}

} // namespace unknot::gui
