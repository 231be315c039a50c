#include "gui/editor/step_list_panel.h"

#include "gui/editor/commands/duplicate_step_command.h"
#include "gui/editor/commands/move_step_command.h"
#include "gui/editor/commands/step_row_commands.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/problem_label.h"
#include "gui/editor/step_list_model.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unknot::gui {
namespace {

// Numbers the steps as they are drawn ("3. Cat-camel — ..."), so the model's rows keep their
// text when steps are added or moved.
class NumberedDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = QStringLiteral("%1. %2").arg(index.row() + 1).arg(option->text);
    }
};

} // namespace

StepListPanel::StepListPanel(QWidget* parent)
    : QWidget(parent), view_(new QListView(this)), problems_(new ProblemLabel(this)),
      add_exercise_(add_button("add_exercise", tr("&Add exercise…"),
                               tr("Add an exercise from the catalogue"))),
      new_exercise_(
          add_button("new_exercise", tr("New exercise…"), tr("Write an exercise of your own"))),
      add_timed_(add_button("add_activity", tr("Add activity"),
                            tr("Add a timed activity, e.g. a heat pack"))),
      add_rest_(add_button("add_rest", tr("Add rest"), tr("Add a plain rest"))),
      duplicate_(add_button("duplicate_step", tr("Duplicate"), tr("Copy the selected step"))),
      remove_(add_button("remove_step", tr("Remove"), tr("Remove the selected step (Delete)"))),
      up_(add_button("move_up", tr("Move up"), tr("Move the selected step up (Alt+Up)"))),
      down_(add_button("move_down", tr("Move down"), tr("Move the selected step down (Alt+Down)")))
{
    view_->setAccessibleName(tr("Steps"));
    view_->setAccessibleDescription(
        tr("The steps in order; drag them, or use Alt+Up and Alt+Down, to reorder."));
    view_->setItemDelegate(new NumberedDelegate(view_));
    view_->setDragDropMode(QAbstractItemView::InternalMove);
    view_->setDefaultDropAction(Qt::MoveAction);
    view_->setDragEnabled(true);
    view_->setAcceptDrops(true);
    view_->setDropIndicatorShown(true);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setWordWrap(true);
    // A step named with one 80-letter word is elided rather than scrolled sideways.
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->setTextElideMode(Qt::ElideRight);
    view_->setAlternatingRowColors(true);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(view_);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        view_->addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { move_current(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { move_current(1); });
    shortcut(QKeySequence::Delete, [this] { remove_current(); });

    connect(add_exercise_, &QPushButton::clicked, this,
            [this] { emit add_exercise_requested(insert_row()); });
    connect(new_exercise_, &QPushButton::clicked, this,
            [this] { emit new_exercise_requested(insert_row()); });
    connect(add_timed_, &QPushButton::clicked, this, &StepListPanel::add_timed);
    connect(add_rest_, &QPushButton::clicked, this, &StepListPanel::add_rest);
    connect(duplicate_, &QPushButton::clicked, this, &StepListPanel::duplicate_current);
    connect(remove_, &QPushButton::clicked, this, &StepListPanel::remove_current);
    connect(up_, &QPushButton::clicked, this, [this] { move_current(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { move_current(1); });
    build_layout();
    update_actions();
}

QPushButton* StepListPanel::add_button(const char* name, const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(name));
    button->setToolTip(tip);
    button->setAutoDefault(false);
    return button;
}

void StepListPanel::build_layout()
{
    auto* buttons = new QGridLayout;
    buttons->addWidget(add_exercise_, 0, 0);
    buttons->addWidget(new_exercise_, 0, 1);
    buttons->addWidget(add_timed_, 1, 0);
    buttons->addWidget(add_rest_, 1, 1);
    auto* row_actions = new QGridLayout;
    row_actions->addWidget(duplicate_, 0, 0);
    row_actions->addWidget(remove_, 0, 1);
    row_actions->addWidget(up_, 1, 0);
    row_actions->addWidget(down_, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Steps"), this);
    label->setBuddy(view_);
    layout->addWidget(label);
    layout->addWidget(view_, 1);
    layout->addWidget(problems_);
    layout->addLayout(row_actions);
    layout->addLayout(buttons);
}

void StepListPanel::set_document(EditorDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    view_->setModel(document_ ? document_->steps() : nullptr);
    if (document_) {
        connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex& current) {
                    update_actions();
                    emit current_row_changed(current.isValid() ? current.row() : -1);
                });
        connect(document_, &EditorDocument::changed, this, &StepListPanel::update_actions);
        select_row(document_->routine().steps.empty() ? -1 : 0);
    }
    update_actions();
    emit current_row_changed(current_row());
}

int StepListPanel::current_row() const
{
    const QModelIndex index = view_->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void StepListPanel::select_row(int row)
{
    if (!view_->model())
        return;
    const QModelIndex index = view_->model()->index(row, 0);
    view_->setCurrentIndex(index);
    if (!index.isValid())
        view_->selectionModel()->clearSelection();
}

int StepListPanel::insert_row() const
{
    const int row = current_row();
    return row < 0 ? view_->model()->rowCount() : row + 1;
}

void StepListPanel::select_after_change(int row)
{
    select_row(row);
    emit current_row_changed(current_row());
}

void StepListPanel::add_timed()
{
    Step step;
    step.kind = StepKind::timed;
    step.title = tr("Heat pack").toStdString();
    step.seconds = 600;
    const int row = insert_row();
    document_->undo_stack()->push(new AddStepCommand(document_, row, step));
    select_after_change(row);
}

void StepListPanel::add_rest()
{
    Step step;
    step.kind = StepKind::rest;
    step.seconds = 30;
    const int row = insert_row();
    document_->undo_stack()->push(new AddStepCommand(document_, row, step));
    select_after_change(row);
}

void StepListPanel::duplicate_current()
{
    const int row = current_row();
    if (row < 0 || document_->read_only())
        return;
    document_->undo_stack()->push(new DuplicateStepCommand(document_, row));
    select_after_change(row + 1);
}

void StepListPanel::remove_current()
{
    const int row = current_row();
    if (row < 0 || document_->read_only())
        return;
    document_->undo_stack()->push(new RemoveStepCommand(document_, row));
    select_after_change(std::min(row, view_->model()->rowCount() - 1));
}

void StepListPanel::move_current(int offset)
{
    const int row = current_row();
    const int to = row + offset;
    if (row < 0 || to < 0 || to >= view_->model()->rowCount() || document_->read_only())
        return;
    document_->undo_stack()->push(new MoveStepCommand(document_, row, to));
    select_after_change(to);
}

void StepListPanel::update_actions()
{
    const bool editable = document_ && !document_->read_only();
    const int row = current_row();
    const int count = view_->model() ? view_->model()->rowCount() : 0;
    for (QPushButton* button : {add_exercise_, new_exercise_, add_timed_, add_rest_})
        button->setEnabled(editable);
    duplicate_->setEnabled(editable && row >= 0);
    remove_->setEnabled(editable && row >= 0);
    up_->setEnabled(editable && row > 0);
    down_->setEnabled(editable && row >= 0 && row < count - 1);
    Problems list_problems; // about the list itself, such as having no steps
    if (document_) {
        for (const Problem& problem : document_->problems())
            if (problem.pointer == "/routine/steps")
                list_problems.push_back(problem);
    }
    problems_->set_problems(list_problems);
}

} // namespace unknot::gui
