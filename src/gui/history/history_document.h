// The history page's changes to the session log, through an undo stack: edited notes and deleted
// sessions. The undo commands call write_notes(), remove() and restore(); the page listens to the
// signals and shows the session that changed.
#pragma once

#include "core/history/history_store.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace unknot::gui {

class HistoryDocument : public QObject {
    Q_OBJECT
public:
    // null: there is no session log (it could not be opened); nothing can change.
    explicit HistoryDocument(HistoryStore* store, QObject* parent = nullptr);

    HistoryStore* store() const { return store_; }
    QUndoStack* undo_stack() { return &undo_stack_; }

    // Pushes an undoable change. Does nothing when the notes are unchanged.
    void edit_notes(qint64 session, const QString& old_notes, const QString& new_notes);
    void delete_session(qint64 session, const QString& description);

    // For the commands: write at once; on failure, failed() is emitted and false returned.
    bool write_notes(qint64 session, const QString& notes);
    std::optional<SessionRecord> remove(qint64 session);
    bool restore(const SessionRecord& record);

signals:
    void notes_changed(qint64 session);
    void session_removed(qint64 session);
    void session_restored(qint64 session);
    void failed(const QString& message);

private:
    bool check(const StoreStatus& status);

    HistoryStore* store_;
    QUndoStack undo_stack_;
};

} // namespace unknot::gui
