#include "gui/history/history_document.h"

#include "gui/history/commands/delete_session_command.h"
#include "gui/history/commands/edit_notes_command.h"

namespace unknot::gui {

HistoryDocument::HistoryDocument(HistoryStore* store, QObject* parent)
    : QObject(parent), store_(store)
{}

void HistoryDocument::edit_notes(qint64 session, const QString& old_notes, const QString& new_notes)
{
    if (store_ && old_notes != new_notes)
        undo_stack_.push(new EditNotesCommand(this, session, old_notes, new_notes));
}

void HistoryDocument::delete_session(qint64 session, const QString& description)
{
    if (store_)
        undo_stack_.push(new DeleteSessionCommand(this, session, description));
}

bool HistoryDocument::write_notes(qint64 session, const QString& notes)
{
    if (!store_ || !check(store_->update_notes(session, notes.toStdString())))
        return false;
    emit notes_changed(session);
    return true;
}

std::optional<SessionRecord> HistoryDocument::remove(qint64 session)
{
    if (!store_)
        return std::nullopt;
    auto removed = store_->delete_session(session);
    if (!check(removed.status))
        return std::nullopt;
    emit session_removed(session);
    return std::move(removed.value);
}

bool HistoryDocument::restore(const SessionRecord& record)
{
    if (!store_ || !check(store_->restore_session(record)))
        return false;
    emit session_restored(record.id);
    return true;
}

bool HistoryDocument::check(const StoreStatus& status)
{
    if (!status.ok())
        emit failed(QString::fromStdString(status.message));
    return status.ok();
}

} // namespace unknot::gui
