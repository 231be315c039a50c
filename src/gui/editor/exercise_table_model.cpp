#include "gui/editor/exercise_table_model.h"

#include "gui/step_text.h"
#include "gui/text.h"

namespace unknot::gui {
ExerciseTableModel::ExerciseTableModel(std::vector<Exercise> exercises, QObject* parent)
    : QAbstractTableModel(parent), exercises_(std::move(exercises))
{}

const Exercise* ExerciseTableModel::exercise(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &exercises_[size_t(index.row())];
}

int ExerciseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(exercises_.size());
}

int ExerciseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : column_count;
}

QVariant ExerciseTableModel::data(const QModelIndex& index, int role) const
{
    const Exercise* e = exercise(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        return plain_tool_tip(qs(e->summary));
    case id_role:
        return qs(e->id);
    case search_role:
        return QStringList{qs(e->name), qs(e->summary), qs(e->id), id_words(e->equipment),
                           id_words(e->focus)}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QString ExerciseTableModel::display(const Exercise& e, int column) const
{
    switch (column) {
    case name_column:
        return qs(e.name);
    case equipment_column:
        return e.equipment.empty() ? tr("none") : id_words(e.equipment);
    case focus_column:
        return id_words(e.focus);
    case sides_column:
        return sides_text(e.sides);
    default:
        return {};
    }
}

QVariant ExerciseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case name_column:
        return tr("Exercise");
    case equipment_column:
        return tr("Equipment");
    case focus_column:
        return tr("Focus");
    case sides_column:
        return tr("Sides");
    default:
        return {};
    }
}

} // namespace unknot::gui
