// The routines the editor can open: the user's own first, then the built-in ones (read-only).
#pragma once

#include "core/routine/routine_library.h"

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace unknot::gui {

class RoutineListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { id_role = Qt::UserRole + 1, builtin_role };

    explicit RoutineListModel(QObject* parent = nullptr);

    void set_library(const RoutineLibrary* library);
    QModelIndex index_of(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        std::string id;
        std::string title;
        bool built_in = false;
    };
    std::vector<Entry> entries_;
};

} // namespace unknot::gui
