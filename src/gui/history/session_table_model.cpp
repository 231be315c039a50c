#include "gui/history/session_table_model.h"

#include "core/history/history_stats.h"
#include "gui/history/history_text.h"
#include "gui/text.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace unknot::gui {

namespace {

constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;
constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QVariant SessionTableModel::tool_tip(const SessionRecord& s)
{
    QString tip = tr("%1 at %2: %3 of exercise")
                      .arg(long_day_text(session_day(s)), time_text(s.local_start()),
                           active_minutes_text(s.totals.active_seconds));
    if (!counts_toward_goal(s))
        tip += QLatin1Char('\n') + tr("Too short to count toward the weekly goal");
    return tip;
}

// In the order of Column; every cell has the session's tool tip.
SessionTableModel::SessionTableModel(QObject* parent)
    : RowTableModel(
          {{tr("Day"), [](const SessionRecord& s) { return day_text(session_day(s)); }, kLeft,
            tool_tip},
           {tr("Time"), [](const SessionRecord& s) { return time_text(s.local_start()); }, kLeft,
            tool_tip},
           {tr("Routine"), [](const SessionRecord& s) { return qs(s.routine_title); }, kLeft,
            tool_tip},
           {tr("Exercise"),
            [](const SessionRecord& s) { return active_minutes_text(s.totals.active_seconds); },
            kRight, tool_tip},
           {tr("Result"), [](const SessionRecord& s) { return status_text(s.status); }, kLeft,
            tool_tip},
           {tr("Pain"),
            [](const SessionRecord& s) { return pain_change_text(s.pain_before, s.pain_after); },
            kRight, tool_tip, tr("Pain before → after the session, 0 to 10")}},
          parent)
{}

int SessionTableModel::row_of(qint64 id) const
{
    const auto found = std::find_if(rows().begin(), rows().end(),
                                    [id](const SessionRecord& s) { return s.id == id; });
    return found == rows().end() ? -1 : static_cast<int>(found - rows().begin());
}

void SessionTableModel::set_notes(qint64 id, const std::string& notes)
{
    const int row = row_of(id);
    if (row < 0)
        return;
    row_to_change(row).notes = notes;
    changed(row);
}

QVariant SessionTableModel::role_data(const SessionRecord& s, int, int role) const
{
    if (role == Qt::ForegroundRole && !counts_toward_goal(s)) // too short for the goal: greyed
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == kSessionIdRole)
        return QVariant::fromValue<qint64>(s.id);
    return {};
}

} // namespace unknot::gui
