// Exercises as a table for the picker: name, equipment, focus and sides.
#pragma once

#include "core/routine/routine.h"
#include "gui/row_table_model.h"

namespace unknot::gui {

class ExerciseTableModel : public RowTableModel<Exercise> {
    Q_OBJECT
public:
    enum Column { name_column, equipment_column, focus_column, sides_column, column_count };
    enum Role { id_role = Qt::UserRole + 1, search_role };

    explicit ExerciseTableModel(std::vector<Exercise> exercises, QObject* parent = nullptr);

    const Exercise* exercise(const QModelIndex& index) const
    {
        return index.isValid() ? row_at(index.row()) : nullptr;
    }

private:
    QVariant role_data(const Exercise& e, int column, int role) const override;
};

} // namespace unknot::gui
