#include "gui/library/routine_sort_model.h"

#include "gui/library/routine_table_model.h"

namespace unknot::gui {

RoutineSortModel::RoutineSortModel(RoutineTableModel* routines, QObject* parent)
    : QSortFilterProxyModel(parent), routines_(routines)
{
    setSourceModel(routines);
}

bool RoutineSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return routines_->place(left.row(), left.column()) <
           routines_->place(right.row(), right.column());
}

} // namespace unknot::gui
