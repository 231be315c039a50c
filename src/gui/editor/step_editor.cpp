#include "gui/editor/step_editor.h"

#include "gui/editor/commands/set_step_value_command.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/problem_label.h"
#include "gui/editor/step_list_model.h"
#include "gui/step_text.h"
#include "gui/text.h"

#include "core/routine/routine_limits.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace unknot::gui {
namespace {

constexpr StepKind kKinds[] = {StepKind::hold, StepKind::reps, StepKind::timed, StepKind::rest};

// The value a field gets when a step turns into a kind that needs it and it has none.
std::optional<std::pair<StepField, int>> default_for(StepKind kind, const Step& step)
{
    if (kind == StepKind::hold && step.hold_seconds <= 0)
        return std::pair{StepField::hold, 30};
    if (kind == StepKind::reps && step.reps <= 0)
        return std::pair{StepField::reps, 10};
    if (kind == StepKind::timed && step.seconds <= 0)
        return std::pair{StepField::seconds, 120};
    if (kind == StepKind::rest &&
        (step.seconds < limits::rest.min || step.seconds > limits::rest.max))
        return std::pair{StepField::seconds, 30};
    return std::nullopt;
}

bool shown_for(StepField field, StepKind kind)
{
    const bool exercise = kind == StepKind::hold || kind == StepKind::reps;
    switch (field) {
    case StepField::exercise:
    case StepField::sets:
    case StepField::rest_between_sets:
        return exercise;
    case StepField::hold:
        return kind == StepKind::hold;
    case StepField::reps:
    case StepField::tempo:
        return kind == StepKind::reps;
    case StepField::rest_after:
        return kind != StepKind::rest;
    case StepField::title:
        return kind == StepKind::timed;
    case StepField::seconds:
        return kind == StepKind::timed || kind == StepKind::rest;
    default:
        return true;
    }
}

// What a screen reader says about each field, after its name.
QString describe(StepField field)
{
    switch (field) {
    case StepField::kind:
        return StepEditor::tr("What this step is: a timed hold, reps, a timed activity or a rest.");
    case StepField::exercise:
        return StepEditor::tr("The exercise this step does.");
    case StepField::hold:
        return StepEditor::tr("Seconds to hold, per side for exercises done on each side.");
    case StepField::reps:
        return StepEditor::tr("Repetitions, per side for exercises done on each side.");
    case StepField::tempo:
        return StepEditor::tr("Seconds per repetition, when the player paces and counts the reps.");
    case StepField::title:
        return StepEditor::tr("What to do during this timed activity.");
    case StepField::seconds:
        return StepEditor::tr("How long this step lasts.");
    case StepField::sets:
        return StepEditor::tr("How many times the step is done.");
    case StepField::rest_between_sets:
        return StepEditor::tr("Seconds of rest between sets.");
    case StepField::rest_after:
        return StepEditor::tr("Seconds of rest after this step.");
    case StepField::note:
        return StepEditor::tr("A short note the player shows with this step.");
    default:
        return {};
    }
}

QWidget* row_of(QWidget* parent, QWidget* first, QWidget* second)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second);
    return box;
}

} // namespace

StepEditor::StepEditor(QWidget* parent)
    : QWidget(parent), form_(new QFormLayout(this)),
      empty_(new QLabel(tr("Select a step to change it."), this)), kind_(new QComboBox(this)),
      exercise_(new QLabel(this)), change_exercise_(new QPushButton(tr("Change…"), this)),
      paced_(new QCheckBox(tr("Paced"), this)), tempo_(new QDoubleSpinBox(this)),
      activity_(new QLineEdit(this)), note_(new QLineEdit(this))
{
    for (const StepKind kind : kKinds) {
        QString name = step_kind_name(kind);
        name[0] = name[0].toUpper();
        kind_->addItem(name);
    }
    exercise_->setTextFormat(Qt::PlainText);
    exercise_->setWordWrap(true);
    tempo_->setRange(limits::tempo.min, limits::tempo.max);
    tempo_->setSingleStep(0.5);
    tempo_->setDecimals(1);
    tempo_->setSuffix(tr(" s per rep"));
    paced_->setToolTip(tr("Paced: the app counts each rep. Not paced: press Done when finished."));
    change_exercise_->setAccessibleDescription(tr("Pick another exercise for this step."));
    activity_->setPlaceholderText(tr("e.g. Heat pack on the upper back"));
    note_->setPlaceholderText(tr("Shown instead of the first instruction"));

    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->addRow(empty_);
    add_row(tr("&Kind"), kind_, StepField::kind);
    add_row(tr("E&xercise"), row_of(this, exercise_, change_exercise_), StepField::exercise);
    add_row(tr("H&old"), add_spin(StepField::hold, limits::hold, tr(" s")), StepField::hold);
    add_row(tr("Re&ps"), add_spin(StepField::reps, limits::reps, {}), StepField::reps);
    add_row(tr("Te&mpo"), row_of(this, tempo_, paced_), StepField::tempo);
    add_row(tr("Activity"), activity_, StepField::title);
    add_row(tr("&Duration"), add_spin(StepField::seconds, limits::timed_seconds, tr(" s")),
            StepField::seconds);
    add_row(tr("Sets"), add_spin(StepField::sets, limits::sets, {}), StepField::sets);
    add_row(tr("Rest &between sets"),
            add_spin(StepField::rest_between_sets, limits::rest_between_sets, tr(" s")),
            StepField::rest_between_sets);
    add_row(tr("Rest after"), add_spin(StepField::rest_after, limits::rest_after, tr(" s")),
            StepField::rest_after);
    add_row(tr("Note"), note_, StepField::note);
    connect_edits();
    // all_rows_width_ = QWidget::minimumSizeHint().width(); // every row is shown until set_row
    form_->invalidate(); // Qt 6.4's QFormLayout keeps sizes per row: measured again for the rows
                         // shown
    set_row(-1);
}

QSize StepEditor::minimumSizeHint() const
{
    const QSize shown = QWidget::minimumSizeHint();
    return {std::max(shown.width(), all_rows_width_), shown.height()};
}

QSpinBox* StepEditor::add_spin(StepField field, IntRange range, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(range.min, range.max);
    spin->setSuffix(suffix);
    spins_[field] = spin;
    return spin;
}

QSpinBox* StepEditor::spin_box(StepField field) const
{
    const auto it = spins_.find(field);
    return it == spins_.end() ? nullptr : it->second;
}

void StepEditor::add_row(const QString& label, QWidget* field, StepField key)
{
    auto* problem = new ProblemLabel(this);
    problem_labels_[key] = problem;
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    field->setAccessibleDescription(describe(key));
    for (QWidget* part : field->findChildren<QWidget*>()) { // the parts of a composite row
        if (part->accessibleName().isEmpty() && !qobject_cast<QAbstractButton*>(part))
            part->setAccessibleName(field->accessibleName());
        if (part->accessibleDescription().isEmpty())
            part->setAccessibleDescription(describe(key));
    }
    QWidget* row = with_problem_label(field, problem, this);
    rows_[key] = row;
    form_->addRow(buddy_label(label, field, this), row);
}

void StepEditor::connect_edits()
{
    connect(kind_, &QComboBox::currentIndexChanged, this, &StepEditor::change_kind);
    connect(change_exercise_, &QPushButton::clicked, this,
            [this] { emit change_exercise_requested(row()); });
    for (const auto& [field, spin] : spins_)
        connect(spin, &QSpinBox::valueChanged, this,
                [this, f = field](int value) { edit(f, value); });
    const auto tempo_value = [this] {
        return paced_->isChecked() ? std::optional<double>(tempo_->value()) : std::nullopt;
    };
    connect(paced_, &QCheckBox::toggled, this, [this, tempo_value] {
        tempo_->setEnabled(paced_->isChecked());
        edit(StepField::tempo, tempo_value());
    });
    connect(tempo_, &QDoubleSpinBox::valueChanged, this,
            [this, tempo_value] { edit(StepField::tempo, tempo_value()); });
    connect(activity_, &QLineEdit::textChanged, this,
            [this](const QString& text) { edit(StepField::title, text.toStdString()); });
    connect(note_, &QLineEdit::textChanged, this,
            [this](const QString& text) { edit(StepField::note, text.toStdString()); });
}

void StepEditor::set_document(EditorDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    index_ = QPersistentModelIndex();
    if (document_) {
        connect(document_, &EditorDocument::step_changed, this, [this](int changed_row) {
            if (changed_row == row())
                show_values();
        });
        connect(document_, &EditorDocument::changed, this, [this] {
            if (!index_.isValid() && !empty_->isVisible())
                set_row(-1); // the step was removed
            show_problems();
        });
    }
    set_row(-1);
}

void StepEditor::set_row(int row)
{
    const bool valid = document_ && row >= 0 && row < int(document_->routine().steps.size());
    index_ =
        valid ? QPersistentModelIndex(document_->steps()->index(row)) : QPersistentModelIndex();
    empty_->setVisible(!valid);
    show_fields([valid](StepField) { return valid; });
    setEnabled(valid && !document_->read_only());
    if (valid) {
        show_values();
        show_problems();
    }
}

void StepEditor::edit(StepField field, const FieldValue& value)
{
    const int step = row();
    if (step < 0 || document_->read_only())
        return;
    if (step_value(document_->routine().steps[size_t(step)], field) == value)
        return;
    document_->undo_stack()->push(new SetStepValueCommand(document_, step, field, value));
}

// A new kind brings a sensible value for a field it needs and the step lacks, in one undo step.
void StepEditor::change_kind(int index)
{
    const int step_row = row();
    if (step_row < 0 || index < 0 || document_->read_only())
        return;
    const StepKind kind = kKinds[index];
    const Step& step = document_->routine().steps[size_t(step_row)];
    if (step.kind == kind)
        return;
    QUndoStack* stack = document_->undo_stack();
    stack->beginMacro(step_change_text(StepField::kind, kind));
    const auto fill = default_for(kind, step);
    stack->push(new SetStepValueCommand(document_, step_row, StepField::kind, kind));
    if (fill)
        stack->push(new SetStepValueCommand(document_, step_row, fill->first, fill->second));
    stack->endMacro();
}

void StepEditor::show_values()
{
    const Step& step = document_->routine().steps[size_t(row())];
    std::vector<QSignalBlocker> blockers;
    for (QObject* widget : std::initializer_list<QObject*>{kind_, paced_, tempo_, activity_, note_})
        blockers.emplace_back(widget);
    for (const auto& [field, spin] : spins_)
        blockers.emplace_back(spin);
    kind_->setCurrentIndex(static_cast<int>(step.kind));
    const Exercise* exercise = document_->find_exercise(step.exercise);
    const QString sides = exercise ? sides_text(exercise->sides) : QString();
    exercise_->setText(exercise ? (sides.isEmpty() ? qs(exercise->name)
                                                   : tr("%1 (%2)").arg(qs(exercise->name), sides))
                                : tr("none chosen"));
    const IntRange seconds = step.kind == StepKind::rest ? limits::rest : limits::timed_seconds;
    spins_[StepField::seconds]->setRange(seconds.min, seconds.max);
    for (const auto& [field, spin] : spins_)
        spin->setValue(std::get<int>(step_value(step, field)));
    paced_->setChecked(step.tempo.has_value());
    tempo_->setEnabled(step.tempo.has_value());
    tempo_->setValue(step.tempo.value_or(2.0));
    for (auto [edit, text] :
         {std::pair{activity_, qs(step.title)}, std::pair{note_, qs(step.note)}})
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus()) // a text longer than the field shows its beginning
                edit->setCursorPosition(0);
        }
    show_rows(step.kind);
}

void StepEditor::show_rows(StepKind kind)
{
    show_fields([kind](StepField field) { return shown_for(field, kind); });
}

// Qt 6.4's QFormLayout lays itself out as each row appears, before it counts the row, and writes
// past its row arrays: the rows change while the layout is off, and it is laid out once after.
void StepEditor::show_fields(const std::function<bool(StepField)>& shown)
{
    form_->setEnabled(false);
    for (const auto& [field, widget] : rows_)
        form_->setRowVisible(widget, shown(field));
    form_->setEnabled(true);
    form_->invalidate();
}

void StepEditor::show_problems()
{
    if (row() < 0)
        return;
    const StepKind kind = document_->routine().steps[size_t(row())].kind;
    const std::string step = "/routine/steps/" + std::to_string(row());
    for (const auto& [field, label] : problem_labels_) {
        const std::string key = step_field_key(field, kind);
        label->set_problems(key.empty() ? Problems{} : document_->problems_under(step + "/" + key));
    }
}

} // namespace unknot::gui
