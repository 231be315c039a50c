#include "gui/history/routine_stats_model.h"

#include "gui/history/history_text.h"
#include "gui/text.h"

namespace unknot::gui {

void RoutineStatsModel::set_stats(std::vector<RoutineStats> stats)
{
    beginResetModel();
    stats_ = std::move(stats);
    endResetModel();
}

const RoutineStats* RoutineStatsModel::stats(int row) const
{
    return row >= 0 && row < rowCount() ? &stats_[static_cast<std::size_t>(row)] : nullptr;
}

int RoutineStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(stats_.size());
}

int RoutineStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : column_count;
}

QVariant RoutineStatsModel::data(const QModelIndex& index, int role) const
{
    const RoutineStats* r = index.isValid() ? stats(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::DisplayRole)
        return display(*r, index.column());
    if (role == Qt::TextAlignmentRole && index.column() != routine)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == pain_change)
        return r->pain_change ? tr("On average, pain after a session was %1 points from before")
                                    .arg(signed_change_text(*r->pain_change))
                              : tr("No session of this routine was rated before and after");
    return {};
}

QVariant RoutineStatsModel::display(const RoutineStats& r, int column) const
{
    switch (column) {
    case routine:
        return qs(r.title);
    case sessions:
        return r.sessions;
    case minutes:
        return active_minutes_text(r.active_seconds);
    case last_played:
        return date_text(local_day(r.last_played));
    case pain_change:
        return r.pain_change ? signed_change_text(*r.pain_change) : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant RoutineStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case routine:
        return tr("Routine");
    case sessions:
        return tr("Sessions");
    case minutes:
        return tr("Exercise");
    case last_played:
        return tr("Last played");
    case pain_change:
        return tr("Pain change");
    default:
        return {};
    }
}

} // namespace unknot::gui
