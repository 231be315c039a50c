// The routines of the library as a table: title, focus, equipment, estimated minutes.
#pragma once

#include "core/routine/routine_library.h"

#include <QAbstractTableModel>

namespace unknot::gui {

class RoutineTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { title_column, focus_column, equipment_column, minutes_column, column_count };
    enum Role { id_role = Qt::UserRole + 1, search_role, builtin_role, seconds_role };

    explicit RoutineTableModel(QObject* parent = nullptr);

    // The library must outlive the model or be replaced through set_library.
    void set_library(const RoutineLibrary* library);
    const LibraryRoutine* entry(const QModelIndex& index) const;
    QModelIndex index_of(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString equipment_text(const Routine& routine) const;
    QString search_text(const LibraryRoutine& entry) const;
    QVariant display(const LibraryRoutine& entry, int column) const;

    const RoutineLibrary* library_ = nullptr;
};

} // namespace unknot::gui
