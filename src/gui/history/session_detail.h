// One session in full: what it was, its steps (done, skipped, stopped for pain; targets and what
// was done), and its notes, which can be edited and saved; and the button that deletes it.
#pragma once

#include "core/history/history_types.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace unknot::gui {

class StepTableModel;

class SessionDetail : public QWidget {
    Q_OBJECT
public:
    explicit SessionDetail(QWidget* parent = nullptr);

    // null: no session is selected.
    void show_session(const SessionRecord* session);
    // The notes as saved in the log changed (saved, undone): show them unless being edited.
    void notes_saved(qint64 session, const QString& notes);

    qint64 session_id() const { return session_id_; } // 0 when none
    QString saved_notes() const { return saved_notes_; }
    QString notes_text() const;
    bool notes_modified() const;

    QLabel* title_label() const { return title_; }
    QTableView* steps_view() const { return steps_view_; }
    StepTableModel* steps_model() const { return steps_; }
    QPlainTextEdit* notes_edit() const { return notes_; }
    QPushButton* save_button() const { return save_; }
    QPushButton* delete_button() const { return delete_; }

signals:
    void save_notes_requested();
    void delete_requested();

private:
    void build_layout();
    void update_buttons();
    void hide_unused_columns(const std::vector<StepRecord>& steps);

    qint64 session_id_ = 0;
    QString saved_notes_;
    QLabel* title_;
    StepTableModel* steps_;
    QTableView* steps_view_;
    QPlainTextEdit* notes_;
    QPushButton* save_;
    QPushButton* delete_;
};

} // namespace unknot::gui
