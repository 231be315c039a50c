// The library table as shown: the rows that match the search, in the order of the sorted column.
// Sorting compares the rows' places (RoutineTableModel::place) directly: through data() and
// QVariant, sorting 10,000 rows took longer than the 50 ms the window may stall.
#pragma once

#include <QSortFilterProxyModel>

namespace unknot::gui {

class RoutineTableModel;

class RoutineSortModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RoutineSortModel(RoutineTableModel* routines, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RoutineTableModel* routines_;
};

} // namespace unknot::gui
