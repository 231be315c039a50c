#include "gui/history/commands/delete_session_command.h"

#include "gui/history/history_document.h"

namespace unknot::gui {

DeleteSessionCommand::DeleteSessionCommand(HistoryDocument* document, qint64 session,
                                           const QString& description, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), session_(session)
{
    setText(QObject::tr("Delete session %1").arg(description));
}

void DeleteSessionCommand::redo()
{
    removed_ = document_->remove(session_);
    setObsolete(!removed_); // nothing was deleted: nothing to undo
}

void DeleteSessionCommand::undo()
{
    if (removed_ && document_->restore(*removed_))
        removed_.reset();
}

} // namespace unknot::gui
