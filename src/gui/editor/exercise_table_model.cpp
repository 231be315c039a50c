#include "gui/editor/exercise_table_model.h"

#include "gui/step_text.h"
#include "gui/text.h"
#include "gui/value_words.h"

namespace unknot::gui {

namespace {

QVariant summary_tip(const Exercise& e)
{
    return plain_tool_tip(qs(e.summary));
}

} // namespace

// In the order of Column; every cell's tool tip is the exercise's summary.
ExerciseTableModel::ExerciseTableModel(std::vector<Exercise> exercises, QObject* parent)
    : RowTableModel({{tr("Exercise"), [](const Exercise& e) { return qs(e.name); },
                      Qt::AlignLeft | Qt::AlignVCenter, summary_tip},
                     {tr("Equipment"),
                      [](const Exercise& e) {
                          return e.equipment.empty() ? tr("none") : equipment_words(e.equipment);
                      },
                      Qt::AlignLeft | Qt::AlignVCenter, summary_tip},
                     {tr("Focus"), [](const Exercise& e) { return focus_words(e.focus); },
                      Qt::AlignLeft | Qt::AlignVCenter, summary_tip},
                     {tr("Sides"), [](const Exercise& e) { return sides_text(e.sides); },
                      Qt::AlignLeft | Qt::AlignVCenter, summary_tip}},
                    parent)
{
    set_rows(std::move(exercises));
}

QVariant ExerciseTableModel::role_data(const Exercise& e, int, int role) const
{
    if (role == id_role)
        return qs(e.id);
    if (role == search_role)
        return QStringList{qs(e.name),
                           qs(e.summary),
                           qs(e.id),
                           id_words(e.equipment),
                           id_words(e.focus),
                           equipment_words(e.equipment),
                           focus_words(e.focus)}
            .join(QLatin1Char(' '));
    return {};
}

} // namespace unknot::gui
