#include "gui/editor/editor_view.h"

#include "gui/editor/commands/add_exercise_command.h"
#include "gui/editor/commands/set_step_value_command.h"
#include "gui/editor/commands/step_row_commands.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/exercise_picker_dialog.h"
#include "gui/editor/new_exercise_dialog.h"
#include "gui/editor/routine_form.h"
#include "gui/editor/step_editor.h"
#include "gui/editor/step_list_panel.h"
#include "gui/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unknot::gui {
namespace {

QScrollArea* scrolling(QWidget* inner, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields inside
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setMinimumWidth(inner->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
    return area;
}

// A step for an exercise: a hold for stretches held still, reps otherwise.
Step step_for(const Exercise& exercise)
{
    Step step;
    step.exercise = exercise.id;
    step.hold_seconds = 30;
    step.reps = 10;
    step.seconds = 120;
    return step;
}

std::vector<std::string> ids_of(const std::vector<Exercise>& exercises)
{
    std::vector<std::string> ids;
    for (const Exercise& exercise : exercises)
        ids.push_back(exercise.id);
    return ids;
}

// Valid, but longer than anyone follows on a mat: the editor says so.
constexpr double kLongRoutineSeconds = 2 * 60 * 60;

} // namespace

EditorView::EditorView(QWidget* parent)
    : QWidget(parent), status_(new QLabel(this)), duration_(new QLabel(this)),
      length_warning_(new QLabel(this)), form_(new RoutineForm(this)),
      steps_(new StepListPanel(this)), step_editor_(new StepEditor(this))
{
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    duration_->setTextFormat(Qt::PlainText);
    duration_->setAccessibleName(tr("Estimated duration"));
    QFont big = duration_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    duration_->setFont(big);
    length_warning_->setTextFormat(Qt::PlainText);
    length_warning_->setWordWrap(true);
    length_warning_->setObjectName(QStringLiteral("length_warning"));
    length_warning_->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    length_warning_->hide();

    connect(steps_, &StepListPanel::current_row_changed, step_editor_, &StepEditor::set_row);
    connect(steps_, &StepListPanel::add_exercise_requested, this, &EditorView::add_exercise_step);
    connect(steps_, &StepListPanel::new_exercise_requested, this,
            &EditorView::add_new_exercise_step);
    connect(step_editor_, &StepEditor::change_exercise_requested, this,
            &EditorView::change_exercise);
    build_layout();
    setEnabled(false);
}

void EditorView::build_layout()
{
    auto* header = new QHBoxLayout;
    header->addWidget(status_, 1);
    header->addWidget(duration_);

    auto* form_box = new QWidget(this);
    auto* form_layout = new QVBoxLayout(form_box);
    form_layout->addWidget(form_, 1); // the notes and red flags take the height left
    auto* editor_box = new QWidget(this);
    auto* editor_layout = new QVBoxLayout(editor_box);
    editor_layout->addWidget(step_editor_);
    editor_layout->addStretch(1);

    // Two columns fit from 1024 px up: the routine's fields, and its steps above the chosen one.
    auto* steps_column = new QSplitter(Qt::Vertical, this);
    steps_column->addWidget(steps_);
    steps_column->addWidget(scrolling(editor_box, this));
    steps_column->setStretchFactor(0, 1);
    steps_column->setStretchFactor(1, 1);
    steps_column->setSizes({290, 250}); // five steps, and the chosen one's fields in view
    steps_column->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scrolling(form_box, this));
    splitter->addWidget(steps_column);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 440});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(length_warning_);
    layout->addWidget(splitter, 1);
}

void EditorView::set_document(EditorDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    setEnabled(document_ != nullptr);
    form_->set_document(document);
    step_editor_->set_document(document);
    steps_->set_document(document);
    if (document_) {
        connect(document_, &EditorDocument::changed, this, &EditorView::show_status);
        connect(document_, &EditorDocument::modified_changed, this, &EditorView::show_status);
    }
    show_status();
}

void EditorView::show_status()
{
    if (!document_) {
        status_->setText(tr("Choose a routine on the left, or make a new one."));
        duration_->clear();
        length_warning_->hide();
        return;
    }
    const double seconds = document_->estimated_seconds();
    duration_->setText(tr("About %1").arg(format_minutes(seconds)));
    length_warning_->setVisible(seconds > kLongRoutineSeconds);
    length_warning_->setText(tr("This routine lasts about %1. A session longer than two hours is "
                                "hard to follow: check the holds, sets and rests.")
                                 .arg(format_minutes(seconds)));
    const auto count = document_->problems().size();
    if (document_->read_only())
        status_->setText(tr("Built-in routines cannot be changed. Use “Duplicate to edit” to "
                            "make your own copy."));
    else if (count == 0 && document_->is_modified())
        status_->setText(tr("Unsaved changes."));
    else if (count == 0)
        status_->setText(document_->is_new() ? tr("Not saved yet.") : tr("Saved."));
    else
        status_->setText(
            tr("%n problem(s) to fix before saving: see the marked fields.", nullptr, int(count)));
}

void EditorView::add_exercise_step(int row)
{
    if (!document_ || document_->read_only())
        return;
    ExercisePickerDialog picker(document_->known_exercises(), this);
    if (picker.exec() != QDialog::Accepted || picker.selected_id().empty())
        return;
    const Exercise* exercise = document_->find_exercise(picker.selected_id());
    if (!exercise)
        return;
    document_->undo_stack()->push(new AddStepCommand(document_, row, step_for(*exercise)));
    steps_->select_row(row);
}

void EditorView::add_new_exercise_step(int row)
{
    if (!document_ || document_->read_only())
        return;
    NewExerciseDialog dialog(ids_of(document_->known_exercises()), this);
    dialog.set_figure_sources(document_->known_exercises());
    if (dialog.exec() != QDialog::Accepted || !dialog.is_valid())
        return;
    const Exercise exercise = dialog.exercise();
    QUndoStack* stack = document_->undo_stack();
    stack->beginMacro(tr("Add new exercise “%1”").arg(qs(exercise.name)));
    stack->push(new AddExerciseCommand(document_, exercise));
    stack->push(new AddStepCommand(document_, row, step_for(exercise)));
    stack->endMacro();
    steps_->select_row(row);
}

void EditorView::change_exercise(int row)
{
    if (!document_ || document_->read_only() || row < 0)
        return;
    ExercisePickerDialog picker(document_->known_exercises(), this);
    picker.setWindowTitle(tr("Change the exercise"));
    if (picker.exec() != QDialog::Accepted || picker.selected_id().empty())
        return;
    const std::string id = picker.selected_id();
    if (document_->routine().steps[size_t(row)].exercise != id)
        document_->undo_stack()->push(
            new SetStepValueCommand(document_, row, StepField::exercise, id));
}

} // namespace unknot::gui
