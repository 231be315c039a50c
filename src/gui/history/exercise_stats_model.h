// How each exercise is going, all time: sessions it was done in, "this hurts" stops, the average
// change in pain on those days and, for exercises done one side at a time, each side's steps done.
// Descriptive only: the words say what was logged, never what caused what.
#pragma once

#include "core/history/exercise_stats.h"
#include "gui/row_table_model.h"

namespace unknot::gui {

class ExerciseStatsModel : public RowTableModel<ExerciseStats> {
    Q_OBJECT
public:
    enum Column { exercise, sessions, hurt_stops, pain_change, sides, column_count };

    explicit ExerciseStatsModel(QObject* parent = nullptr);

    void set_stats(std::vector<ExerciseStats> stats) { set_rows(std::move(stats)); }
    const ExerciseStats* stats(int row) const { return row_at(row); }

    static QString sides_text(const ExerciseStats& e);

private:
    static QVariant pain_change_tip(const ExerciseStats& e);
    static QVariant hurt_stops_tip(const ExerciseStats& e);
    static QVariant sides_tip(const ExerciseStats& e);
};

} // namespace unknot::gui
