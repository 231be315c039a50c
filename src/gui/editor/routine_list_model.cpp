#include "gui/editor/routine_list_model.h"

#include "gui/text.h"

#include <QCollator>

#include <algorithm>

namespace unknot::gui {

RoutineListModel::RoutineListModel(QObject* parent) : QAbstractListModel(parent) {}

void RoutineListModel::set_library(const RoutineLibrary* library)
{
    beginResetModel();
    entries_.clear();
    if (library) {
        for (const LibraryRoutine& entry : library->routines())
            entries_.push_back({entry.routine.id, entry.routine.title, entry.built_in});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
        if (a.built_in != b.built_in)
            return !a.built_in;
        return collator.compare(qs(a.title), qs(b.title)) < 0;
    });
    endResetModel();
}

QModelIndex RoutineListModel::index_of(const std::string& id) const
{
    for (std::size_t row = 0; row < entries_.size(); ++row) {
        if (entries_[row].id == id)
            return index(int(row));
    }
    return {};
}

int RoutineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

QVariant RoutineListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry& entry = entries_[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return entry.built_in ? tr("%1 (built-in)").arg(qs(entry.title)) : qs(entry.title);
    case Qt::ToolTipRole:
        return plain_tool_tip(
            entry.built_in ? tr("%1\nBuilt in: read-only. Duplicate it to make your own copy.")
                                 .arg(qs(entry.title))
                           : qs(entry.title));
    case id_role:
        return qs(entry.id);
    case builtin_role:
        return entry.built_in;
    default:
        return {};
    }
}

} // namespace unknot::gui
