// The sessions of one week, one row each: day, time, routine, minutes, how it ended, pain.
#pragma once

#include "core/history/history_types.h"
#include "gui/row_table_model.h"

namespace unknot::gui {

class SessionTableModel : public RowTableModel<SessionRecord> {
    Q_OBJECT
public:
    enum Column { day, time, routine, minutes, result, pain, column_count };
    static constexpr int kSessionIdRole = Qt::UserRole + 1;

    explicit SessionTableModel(QObject* parent = nullptr);

    void set_sessions(std::vector<SessionRecord> sessions) { set_rows(std::move(sessions)); }
    const SessionRecord* session(int row) const { return row_at(row); }
    const SessionRecord* find(qint64 id) const { return row_at(row_of(id)); }
    int row_of(qint64 id) const; // -1 when not in this week
    // After the notes of a session were saved: updates the copy here.
    void set_notes(qint64 id, const std::string& notes);

private:
    static QVariant tool_tip(const SessionRecord& s);
    QVariant role_data(const SessionRecord& s, int column, int role) const override;
};

} // namespace unknot::gui
