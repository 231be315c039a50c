// The sessions of one week, one row each: day, time, routine, minutes, how it ended, pain.
#pragma once

#include "core/history/history_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace unknot::gui {

class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { day, time, routine, minutes, result, pain, column_count };
    static constexpr int kSessionIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void set_sessions(std::vector<SessionRecord> sessions);
    const SessionRecord* session(int row) const;
    const SessionRecord* find(qint64 id) const;
    int row_of(qint64 id) const; // -1 when not in this week
    // After the notes of a session were saved: updates the copy here.
    void set_notes(qint64 id, const std::string& notes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SessionRecord& s, int column) const;
    QVariant tool_tip(const SessionRecord& s) const;

    std::vector<SessionRecord> sessions_;
};

} // namespace unknot::gui
