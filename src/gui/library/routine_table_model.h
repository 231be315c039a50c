// The routines of the library as a table: title, focus, equipment, estimated minutes.
#pragma once

#include "core/routine/routine_library.h"
#include "gui/row_table_model.h"

#include <array>
#include <vector>

namespace unknot::gui {

class RoutineTableModel : public RowTableModel<const LibraryRoutine*> {
    Q_OBJECT
public:
    enum Column { title_column, focus_column, equipment_column, minutes_column, column_count };
    enum Role { id_role = Qt::UserRole + 1, search_role, builtin_role, seconds_role };

    explicit RoutineTableModel(QObject* parent = nullptr);

    // The library must outlive the model or be replaced through set_library.
    void set_library(const RoutineLibrary* library);
    const LibraryRoutine* entry(const QModelIndex& index) const;
    QModelIndex index_of(const QString& id) const;
    // The row's place in its column's order: the texts case-insensitively, the time by seconds;
    // equal values share a place. Worked out for a column when first asked.
    int place(int row, int column) const;

private:
    QString equipment_text(const Routine& routine) const;
    std::vector<std::string> equipment_ids(const Routine& routine) const;
    QString search_text(const LibraryRoutine& entry) const;
    QVariant role_data(const LibraryRoutine* const& entry, int column, int role) const override;
    const std::vector<int>& places(int column) const;

    const RoutineLibrary* library_ = nullptr;
    mutable std::array<std::vector<int>, column_count> places_; // made when first sorted by
};

} // namespace unknot::gui
