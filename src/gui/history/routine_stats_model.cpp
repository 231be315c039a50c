#include "gui/history/routine_stats_model.h"

#include "gui/history/history_text.h"
#include "gui/text.h"

namespace unknot::gui {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QVariant RoutineStatsModel::pain_change_tip(const RoutineStats& r)
{
    return r.pain_change ? tr("On average, pain after a session was %1 points from before")
                               .arg(signed_change_text(*r.pain_change))
                         : tr("No session of this routine was rated before and after");
}

// In the order of Column.
RoutineStatsModel::RoutineStatsModel(QObject* parent)
    : RowTableModel(
          {{tr("Routine"), [](const RoutineStats& r) { return qs(r.title); }},
           {tr("Sessions"), [](const RoutineStats& r) { return r.sessions; }, kRight},
           {tr("Exercise"),
            [](const RoutineStats& r) { return active_minutes_text(r.active_seconds); }, kRight},
           {tr("Last played"),
            [](const RoutineStats& r) { return date_text(local_day(r.last_played)); }, kRight},
           {tr("Pain change"),
            [](const RoutineStats& r) {
                return r.pain_change ? signed_change_text(*r.pain_change) : QStringLiteral("–");
            },
            kRight, pain_change_tip}},
          parent)
{}

} // namespace unknot::gui
