// Exercises as a table for the picker: name, equipment, focus and sides.
#pragma once

#include "core/routine/routine.h"

#include <QAbstractTableModel>

#include <vector>

namespace unknot::gui {

class ExerciseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { name_column, equipment_column, focus_column, sides_column, column_count };
    enum Role { id_role = Qt::UserRole + 1, search_role };

    explicit ExerciseTableModel(std::vector<Exercise> exercises, QObject* parent = nullptr);

    const Exercise* exercise(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString display(const Exercise& exercise, int column) const;

    std::vector<Exercise> exercises_;
};

} // namespace unknot::gui
