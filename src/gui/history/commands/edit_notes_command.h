// Changes the notes of a session in the log; undo puts the old notes back.
#pragma once

#include <QString>
#include <QUndoCommand>

namespace unknot::gui {

class HistoryDocument;

class EditNotesCommand : public QUndoCommand {
public:
    EditNotesCommand(HistoryDocument* document, qint64 session, QString old_notes,
                     QString new_notes, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    HistoryDocument* document_;
    qint64 session_;
    QString old_notes_;
    QString new_notes_;
};

} // namespace unknot::gui
