#include "gui/history/step_table_model.h"

#include "gui/history/history_text.h"
#include "gui/text.h"

namespace unknot::gui {

namespace {
constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
}

// In the order of Column.
StepTableModel::StepTableModel(QObject* parent)
    : RowTableModel(
          {{tr("Exercise"), [](const StepRecord& s) { return qs(s.exercise_name); }},
           {tr("Side"), [](const StepRecord& s) { return side_text(s.side); }},
           {tr("Set"),
            [](const StepRecord& s) {
                return s.sets > 1 ? tr("%1 of %2").arg(s.set).arg(s.sets) : QString();
            },
            kRight},
           {tr("Target"), [](const StepRecord& s) { return step_target_text(s); }, kRight},
           {tr("Done"), [](const StepRecord& s) { return step_actual_text(s); }, kRight},
           {tr("Result"), [](const StepRecord& s) { return step_result_text(s); }}},
          parent)
{}

} // namespace unknot::gui
