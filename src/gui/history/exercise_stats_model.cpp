#include "gui/history/exercise_stats_model.h"

#include "gui/history/history_text.h"
#include "gui/text.h"

namespace unknot::gui {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

QString ExerciseStatsModel::sides_text(const ExerciseStats& e)
{
    if (!e.sided)
        return QStringLiteral("–");
    return tr("left %1 of %2, right %3 of %4")
        .arg(e.left.done)
        .arg(e.left.recorded)
        .arg(e.right.done)
        .arg(e.right.recorded);
}

QVariant ExerciseStatsModel::pain_change_tip(const ExerciseStats& e)
{
    if (!e.pain_change)
        return tr("No day with this exercise was rated before and after");
    return tr("Pain after the session was on average %1 points from before, over the days it "
              "was done and rated (%2)")
        .arg(signed_change_text(*e.pain_change))
        .arg(e.rated_sessions);
}

QVariant ExerciseStatsModel::hurt_stops_tip(const ExerciseStats& e)
{
    return tr("Times “This hurts” stopped this exercise: %1").arg(e.hurt_stops);
}

QVariant ExerciseStatsModel::sides_tip(const ExerciseStats& e)
{
    return e.sided ? tr("Steps done of those started, for each side")
                   : tr("Not done one side at a time");
}

// In the order of Column.
ExerciseStatsModel::ExerciseStatsModel(QObject* parent)
    : RowTableModel(
          {{tr("Exercise"), [](const ExerciseStats& e) { return qs(e.name); }},
           {tr("Sessions"),
            [](const ExerciseStats& e) { return e.sessions; },
            kRight,
            {},
            tr("Sessions in which the exercise was done")},
           {tr("“This hurts”"), [](const ExerciseStats& e) { return e.hurt_stops; }, kRight,
            hurt_stops_tip, tr("Times the exercise was stopped with “This hurts”")},
           {tr("Pain change"),
            [](const ExerciseStats& e) {
                return e.pain_change ? signed_change_text(*e.pain_change) : QStringLiteral("–");
            },
            kRight, pain_change_tip,
            tr("Average of pain after minus pain before, on the days it was done")},
           {tr("Sides done"), sides_text, Qt::AlignLeft | Qt::AlignVCenter, sides_tip}},
          parent)
{}

} // namespace unknot::gui
