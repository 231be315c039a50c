#include "gui/editor/step_list_model.h"

#include "gui/editor/commands/move_step_command.h"
#include "gui/editor/editor_document.h"
#include "gui/step_text.h"
#include "gui/text.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>
#include <QUndoStack>

namespace unknot::gui {

StepListModel::StepListModel(EditorDocument* document)
    : QAbstractListModel(document), document_(document)
{}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(document_->routine().steps.size());
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display_text(row);
    case Qt::ToolTipRole:
        return plain_tool_tip(problem_text(row));
    case problems_role:
        return problem_text(row);
    case Qt::DecorationRole:
        if (problem_text(row).isEmpty())
            return {};
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case kind_role:
        return static_cast<int>(document_->routine().steps[size_t(row)].kind);
    default:
        return {};
    }
}

QString StepListModel::display_text(int row) const
{
    const Step& step = document_->routine().steps[size_t(row)];
    const Exercise* exercise = document_->find_exercise(step.exercise);
    QString title = step_title(step, exercise);
    if (title.isEmpty())
        title = tr("(no exercise)");
    const Sides sides = exercise ? exercise->sides : Sides::none;
    return tr("%1 — %2").arg(title, step_dose_text(step, sides));
}

QString StepListModel::problem_text(int row) const
{
    QStringList lines;
    const auto prefix = "/routine/steps/" + std::to_string(row);
    for (const Problem& problem : document_->problems_under(prefix))
        lines << qs(problem.message);
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags StepListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    if (document_->read_only())
        return base;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions StepListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StepListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList StepListModel::mimeTypes() const
{
    return {mime_type};
}

QMimeData* StepListModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex& index : indexes)
        out << qint32(index.row());
    auto* data = new QMimeData;
    data->setData(mime_type, bytes);
    return data;
}

bool StepListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex&) const
{
    return action == Qt::MoveAction && data && data->hasFormat(mime_type) &&
           !document_->read_only();
}

// Drops between rows (row >= 0) or on a row (parent valid) move the first dragged row there.
bool StepListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(mime_type));
    qint32 source = -1;
    in >> source;
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    return moveRows({}, source, 1, {}, destination);
}

// Qt's convention: `destination_child` is the row the step goes before, counted before the move.
bool StepListModel::moveRows(const QModelIndex& source_parent, int source_row, int count,
                             const QModelIndex& destination_parent, int destination_child)
{
    if (source_parent.isValid() || destination_parent.isValid() || count != 1 ||
        document_->read_only() || source_row < 0 || source_row >= rowCount() ||
        destination_child < 0 || destination_child > rowCount())
        return false;
    const int to = destination_child > source_row ? destination_child - 1 : destination_child;
    if (to == source_row)
        return false;
    document_->undo_stack()->push(new MoveStepCommand(document_, source_row, to));
    return true;
}

bool StepListModel::about_to_move(int from, int to)
{
    return beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
}

void StepListModel::all_changed()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace unknot::gui
