// Deletes a session and its steps from the log; undo puts all of it back with the same id.
#pragma once

#include "core/history/history_types.h"

#include <QUndoCommand>

#include <optional>

namespace unknot::gui {

class HistoryDocument;

class DeleteSessionCommand : public QUndoCommand {
public:
    // `description` names the session in the undo text ("Delete session Desk reset, Mon 17 Jun").
    DeleteSessionCommand(HistoryDocument* document, qint64 session, const QString& description,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    HistoryDocument* document_;
    qint64 session_;
    std::optional<SessionRecord> removed_; // all of it, snapshot and steps included
};

} // namespace unknot::gui
