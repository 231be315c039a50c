// Ids of the undo commands that merge repeated edits (QUndoCommand::id).
#pragma once

namespace unknot::gui {

enum CommandId { set_routine_field_id = 1, set_step_value_id = 2 };

} // namespace unknot::gui
