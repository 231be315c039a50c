// Per routine: sessions, exercise minutes, last played, and the average change in pain.
#pragma once

#include "core/history/history_stats.h"

#include <QAbstractTableModel>

#include <vector>

namespace unknot::gui {

class RoutineStatsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { routine, sessions, minutes, last_played, pain_change, column_count };

    using QAbstractTableModel::QAbstractTableModel;

    void set_stats(std::vector<RoutineStats> stats);
    const RoutineStats* stats(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RoutineStats& r, int column) const;

    std::vector<RoutineStats> stats_;
};

} // namespace unknot::gui
