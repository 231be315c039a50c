#include "gui/history/session_table_model.h"

#include "core/history/history_stats.h"
#include "gui/history/history_text.h"
#include "gui/text.h"

#include <QApplication>
#include <QPalette>

namespace unknot::gui {

void SessionTableModel::set_sessions(std::vector<SessionRecord> sessions)
{
    beginResetModel();
    sessions_ = std::move(sessions);
    endResetModel();
}

const SessionRecord* SessionTableModel::session(int row) const
{
    return row >= 0 && row < rowCount() ? &sessions_[static_cast<std::size_t>(row)] : nullptr;
}

const SessionRecord* SessionTableModel::find(qint64 id) const
{
    return session(row_of(id));
}

int SessionTableModel::row_of(qint64 id) const
{
    for (std::size_t i = 0; i < sessions_.size(); ++i) {
        if (sessions_[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void SessionTableModel::set_notes(qint64 id, const std::string& notes)
{
    const int row = row_of(id);
    if (row < 0)
        return;
    sessions_[static_cast<std::size_t>(row)].notes = notes;
    emit dataChanged(index(row, 0), index(row, column_count - 1));
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(sessions_.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : column_count;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    const SessionRecord* s = index.isValid() ? session(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case Qt::ToolTipRole:
        return tool_tip(*s);
    case Qt::TextAlignmentRole:
        if (index.column() == minutes || index.column() == pain)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: // too short to count toward the goal: greyed
        if (!counts_toward_goal(*s))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case kSessionIdRole:
        return QVariant::fromValue<qint64>(s->id);
    default:
        return {};
    }
}

QVariant SessionTableModel::display(const SessionRecord& s, int column) const
{
    switch (column) {
    case day:
        return day_text(session_day(s));
    case time:
        return time_text(s.local_start());
    case routine:
        return qs(s.routine_title);
    case minutes:
        return active_minutes_text(s.totals.active_seconds);
    case result:
        return status_text(s.status);
    case pain:
        return pain_change_text(s.pain_before, s.pain_after);
    default:
        return {};
    }
}

QVariant SessionTableModel::tool_tip(const SessionRecord& s) const
{
    QString tip = tr("%1 at %2: %3 of exercise")
                      .arg(long_day_text(session_day(s)), time_text(s.local_start()),
                           active_minutes_text(s.totals.active_seconds));
    if (!counts_toward_goal(s))
        tip += QLatin1Char('\n') + tr("Too short to count toward the weekly goal");
    return tip;
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == pain)
        return tr("Pain before → after the session, 0 to 10");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case day:
        return tr("Day");
    case time:
        return tr("Time");
    case routine:
        return tr("Routine");
    case minutes:
        return tr("Exercise");
    case result:
        return tr("Result");
    case pain:
        return tr("Pain");
    default:
        return {};
    }
}

} // namespace unknot::gui
