#include "gui/history/step_table_model.h"

#include "gui/history/history_text.h"
#include "gui/text.h"

namespace unknot::gui {

void StepTableModel::set_steps(std::vector<StepRecord> steps)
{
    beginResetModel();
    steps_ = std::move(steps);
    endResetModel();
}

const StepRecord* StepTableModel::step(int row) const
{
    return row >= 0 && row < rowCount() ? &steps_[static_cast<std::size_t>(row)] : nullptr;
}

int StepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(steps_.size());
}

int StepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : column_count;
}

QVariant StepTableModel::data(const QModelIndex& index, int role) const
{
    const StepRecord* s = index.isValid() ? step(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == Qt::DisplayRole)
        return display(*s, index.column());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == target || index.column() == actual || index.column() == set))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StepTableModel::display(const StepRecord& s, int column) const
{
    switch (column) {
    case exercise:
        return qs(s.exercise_name);
    case side:
        return side_text(s.side);
    case set:
        return s.sets > 1 ? tr("%1 of %2").arg(s.set).arg(s.sets) : QString();
    case target:
        return step_target_text(s);
    case actual:
        return step_actual_text(s);
    case outcome:
        return outcome_text(s.outcome);
    default:
        return {};
    }
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case exercise:
        return tr("Exercise");
    case side:
        return tr("Side");
    case set:
        return tr("Set");
    case target:
        return tr("Target");
    case actual:
        return tr("Done");
    case outcome:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace unknot::gui
