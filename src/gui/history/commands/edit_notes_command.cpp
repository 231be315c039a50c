#include "gui/history/commands/edit_notes_command.h"

#include "gui/history/history_document.h"

namespace unknot::gui {

EditNotesCommand::EditNotesCommand(HistoryDocument* document, qint64 session, QString old_notes,
                                   QString new_notes, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), session_(session),
      old_notes_(std::move(old_notes)), new_notes_(std::move(new_notes))
{
    setText(QObject::tr("Edit notes"));
}

void EditNotesCommand::redo()
{
    // A write that fails leaves nothing to undo: the command drops out of the stack.
    setObsolete(!document_->write_notes(session_, new_notes_));
}

void EditNotesCommand::undo()
{
    document_->write_notes(session_, old_notes_);
}

} // namespace unknot::gui
