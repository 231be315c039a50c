#include "gui/library/routine_table_model.h"

#include "gui/text.h"

#include <algorithm>

namespace unknot::gui {

RoutineTableModel::RoutineTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RoutineTableModel::set_library(const RoutineLibrary* library)
{
    beginResetModel();
    library_ = library;
    endResetModel();
}

const LibraryRoutine* RoutineTableModel::entry(const QModelIndex& index) const
{
    if (!library_ || !index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &library_->routines()[size_t(index.row())];
}

QModelIndex RoutineTableModel::index_of(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (qs(library_->routines()[size_t(row)].routine.id) == id)
            return index(row, 0);
    return {};
}

int RoutineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !library_ ? 0 : int(library_->routines().size());
}

int RoutineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : column_count;
}

QVariant RoutineTableModel::data(const QModelIndex& index, int role) const
{
    const LibraryRoutine* e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        return plain_tool_tip(index.column() == title_column
                                  ? qs(e->routine.summary)
                                  : display(*e, index.column()).toString());
    case Qt::TextAlignmentRole:
        return index.column() == minutes_column ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case id_role:
        return qs(e->routine.id);
    case search_role:
        return search_text(*e);
    case builtin_role:
        return e->built_in;
    case seconds_role:
        return e->estimated_seconds;
    default:
        return {};
    }
}

QVariant RoutineTableModel::display(const LibraryRoutine& e, int column) const
{
    switch (column) {
    case title_column:
        return qs(e.routine.title);
    case focus_column:
        return qs(e.routine.focus).join(QStringLiteral(", "));
    case equipment_column:
        return equipment_text(e.routine);
    case minutes_column:
        return format_minutes(e.estimated_seconds);
    default:
        return {};
    }
}

QVariant RoutineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case title_column:
        return tr("Routine");
    case focus_column:
        return tr("Focus");
    case equipment_column:
        return tr("Equipment");
    case minutes_column:
        return tr("Time");
    default:
        return {};
    }
}

QString RoutineTableModel::equipment_text(const Routine& routine) const
{
    std::vector<std::string> all;
    for (const Step& step : routine.steps)
        if (const Exercise* ex = library_->find_exercise(step.exercise))
            for (const auto& item : ex->equipment)
                if (std::find(all.begin(), all.end(), item) == all.end())
                    all.push_back(item);
    if (all.empty())
        return tr("none");
    return id_words(all);
}

QString RoutineTableModel::search_text(const LibraryRoutine& e) const
{
    QStringList parts{qs(e.routine.title), qs(e.routine.summary), qs(e.routine.id),
                      qs(e.routine.focus).join(QLatin1Char(' ')), equipment_text(e.routine)};
    for (const Step& step : e.routine.steps)
        if (const Exercise* ex = library_->find_exercise(step.exercise))
            parts << qs(ex->name);
    return parts.join(QLatin1Char(' '));
}

} // namespace unknot::gui
