// The steps of one session: exercise, side and set, what was asked, what was done, how it ended.
#pragma once

#include "core/history/history_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace unknot::gui {

class StepTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { exercise, side, set, target, actual, outcome, column_count };

    using QAbstractTableModel::QAbstractTableModel;

    void set_steps(std::vector<StepRecord> steps);
    const StepRecord* step(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StepRecord& step, int column) const;

    std::vector<StepRecord> steps_;
};

} // namespace unknot::gui
