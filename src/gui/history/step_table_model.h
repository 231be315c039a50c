// The steps of one session: exercise, side and set, what was asked, what was done, how it ended.
#pragma once

#include "core/history/history_types.h"
#include "gui/row_table_model.h"

namespace unknot::gui {

class StepTableModel : public RowTableModel<StepRecord> {
    Q_OBJECT
public:
    enum Column { exercise, side, set, target, actual, outcome, column_count };

    explicit StepTableModel(QObject* parent = nullptr);

    void set_steps(std::vector<StepRecord> steps) { set_rows(std::move(steps)); }
    const StepRecord* step(int row) const { return row_at(row); }
};

} // namespace unknot::gui
