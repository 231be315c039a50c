// Per routine: sessions, exercise minutes, last played, and the average change in pain.
#pragma once

#include "core/history/history_stats.h"
#include "gui/row_table_model.h"

namespace unknot::gui {

class RoutineStatsModel : public RowTableModel<RoutineStats> {
    Q_OBJECT
public:
    enum Column { routine, sessions, minutes, last_played, pain_change, column_count };

    explicit RoutineStatsModel(QObject* parent = nullptr);

    void set_stats(std::vector<RoutineStats> stats) { set_rows(std::move(stats)); }
    const RoutineStats* stats(int row) const { return row_at(row); }

private:
    static QVariant pain_change_tip(const RoutineStats& r);
};

} // namespace unknot::gui
