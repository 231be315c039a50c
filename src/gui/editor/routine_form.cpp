#include "gui/editor/routine_form.h"

#include "gui/editor/commands/set_routine_field_command.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/problem_label.h"
#include "gui/text.h"

#include "core/routine/routine_format.h"
#include "core/routine/routine_limits.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace unknot::gui {
namespace {

// Non-empty trimmed items, split at `separator`.
std::vector<std::string> split_items(const QString& text, QChar separator)
{
    std::vector<std::string> items;
    for (const QString& part : text.split(separator)) {
        if (!part.trimmed().isEmpty())
            items.push_back(part.trimmed().toStdString());
    }
    return items;
}

QPlainTextEdit* list_edit(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // Four lines at least; taller when the column has room (it stood at four above empty space).
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

// A text longer than the field shows its beginning, not its end where setText leaves the cursor.
void show_from_start(QLineEdit* edit, const QString& text)
{
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

} // namespace

RoutineForm::RoutineForm(QWidget* parent)
    : QWidget(parent), title_(new QLineEdit(this)), summary_(new QLineEdit(this)),
      focus_(new QLineEdit(this)), weekly_target_(new QSpinBox(this)), lead_in_(new QSpinBox(this)),
      notes_(list_edit(this, tr("One note per line, e.g. Discomfort yes, pain no."))),
      professional_(list_edit(this, tr("One sign per line, e.g. Pain spreads down an arm."))),
      credit_(new QLineEdit(this))
{
    title_->setPlaceholderText(tr("e.g. My physio's upper back sheet"));
    summary_->setPlaceholderText(tr("What it is for, in one sentence"));
    focus_->setPlaceholderText(tr("upper-back, mid-back"));
    weekly_target_->setRange(limits::weekly_target.min, limits::weekly_target.max);
    weekly_target_->setSuffix(tr(" per week"));
    lead_in_->setRange(limits::lead_in.min, limits::lead_in.max);
    lead_in_->setSuffix(tr(" s"));
    lead_in_->setToolTip(tr("Seconds to get into position before each exercise"));
    credit_->setPlaceholderText(tr("Where it comes from, e.g. Dr Lee, physiotherapist"));

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    add_row(layout, tr("&Title"), title_, RoutineField::title);
    add_row(layout, tr("S&ummary"), summary_, RoutineField::summary);
    add_row(layout, tr("Fo&cus"), focus_, RoutineField::focus);
    add_row(layout, tr("&Weekly target"), weekly_target_, RoutineField::weekly_target);
    add_row(layout, tr("Lead-in"), lead_in_, RoutineField::lead_in);
    add_row(layout, tr("&Notes"), notes_, RoutineField::notes);
    add_row(layout, tr("See a professional if"), professional_, RoutineField::professional);
    add_row(layout, tr("Credit"), credit_, RoutineField::credit);
    connect_edits();
    setEnabled(false);
}

namespace {

QString describe(RoutineField field)
{
    switch (field) {
    case RoutineField::title:
        return RoutineForm::tr("The routine's name in the library.");
    case RoutineField::summary:
        return RoutineForm::tr("One or two sentences about the routine.");
    case RoutineField::focus:
        return RoutineForm::tr("The areas it works on, separated by commas.");
    case RoutineField::weekly_target:
        return RoutineForm::tr("How many times a week the routine is meant to be done.");
    case RoutineField::lead_in:
        return RoutineForm::tr("Seconds to get ready before each exercise.");
    case RoutineField::notes:
        return RoutineForm::tr("Tips shown with the routine, one per line.");
    case RoutineField::professional:
        return RoutineForm::tr("When to stop and see a professional, one per line.");
    case RoutineField::credit:
        return RoutineForm::tr("Where the routine comes from.");
    default:
        return {};
    }
}

} // namespace

void RoutineForm::add_row(QFormLayout* layout, const QString& label, QWidget* field,
                          RoutineField key)
{
    auto* problem = new ProblemLabel(this);
    problem_labels_[key] = problem;
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    field->setAccessibleDescription(describe(key));
    layout->addRow(buddy_label(label, field, this), with_problem_label(field, problem, this));
}

void RoutineForm::connect_edits()
{
    const auto on_text = [this](QLineEdit* line, RoutineField field) {
        connect(line, &QLineEdit::textChanged, this,
                [this, field] { edit(field, widget_value(field)); });
    };
    on_text(title_, RoutineField::title);
    on_text(summary_, RoutineField::summary);
    on_text(focus_, RoutineField::focus);
    on_text(credit_, RoutineField::credit);
    connect(weekly_target_, &QSpinBox::valueChanged, this, [this] {
        edit(RoutineField::weekly_target, widget_value(RoutineField::weekly_target));
    });
    connect(lead_in_, &QSpinBox::valueChanged, this,
            [this] { edit(RoutineField::lead_in, widget_value(RoutineField::lead_in)); });
    connect(notes_, &QPlainTextEdit::textChanged, this,
            [this] { edit(RoutineField::notes, widget_value(RoutineField::notes)); });
    connect(professional_, &QPlainTextEdit::textChanged, this,
            [this] { edit(RoutineField::professional, widget_value(RoutineField::professional)); });
}

void RoutineForm::set_document(EditorDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    document_ = document;
    setEnabled(document_ && !document_->read_only());
    if (!document_)
        return;
    connect(document_, &EditorDocument::routine_changed, this, &RoutineForm::show_values);
    connect(document_, &EditorDocument::changed, this, &RoutineForm::show_problems);
    show_values();
    show_problems();
}

FieldValue RoutineForm::widget_value(RoutineField field) const
{
    switch (field) {
    case RoutineField::title:
        return title_->text().toStdString();
    case RoutineField::summary:
        return summary_->text().toStdString();
    case RoutineField::focus:
        return split_items(focus_->text(), QLatin1Char(','));
    case RoutineField::weekly_target:
        return weekly_target_->value();
    case RoutineField::lead_in:
        return lead_in_->value();
    case RoutineField::notes:
        return split_items(notes_->toPlainText(), QLatin1Char('\n'));
    case RoutineField::professional:
        return split_items(professional_->toPlainText(), QLatin1Char('\n'));
    case RoutineField::credit:
        return credit_->text().toStdString();
    }
    return {};
}

void RoutineForm::edit(RoutineField field, const FieldValue& value)
{
    if (!document_ || document_->read_only() || routine_value(document_->routine(), field) == value)
        return;
    document_->undo_stack()->push(new SetRoutineFieldCommand(document_, field, value));
}

// Widgets whose value already means the document's value are left alone (keeps the cursor).
void RoutineForm::show_values()
{
    const Routine& routine = document_->routine();
    const auto sync = [&](RoutineField field, auto&& set) {
        if (widget_value(field) != routine_value(routine, field))
            set();
    };
    const QSignalBlocker blockers[] = {
        QSignalBlocker(title_),         QSignalBlocker(summary_), QSignalBlocker(focus_),
        QSignalBlocker(weekly_target_), QSignalBlocker(lead_in_), QSignalBlocker(notes_),
        QSignalBlocker(professional_),  QSignalBlocker(credit_)};
    sync(RoutineField::title, [&] { show_from_start(title_, qs(routine.title)); });
    sync(RoutineField::summary, [&] { show_from_start(summary_, qs(routine.summary)); });
    sync(RoutineField::focus,
         [&] { show_from_start(focus_, qs(routine.focus).join(QStringLiteral(", "))); });
    sync(RoutineField::weekly_target, [&] { weekly_target_->setValue(routine.weekly_target); });
    sync(RoutineField::lead_in, [&] { lead_in_->setValue(routine.lead_in_seconds); });
    sync(RoutineField::notes,
         [&] { notes_->setPlainText(qs(routine.notes).join(QLatin1Char('\n'))); });
    sync(RoutineField::professional, [&] {
        professional_->setPlainText(qs(routine.red_flags.professional).join(QLatin1Char('\n')));
    });
    sync(RoutineField::credit, [&] { show_from_start(credit_, qs(routine.credit)); });
}

void RoutineForm::show_problems()
{
    for (const auto& [field, label] : problem_labels_) {
        const std::string pointer =
            "/routine/" + routine_field_key(field, required_format(document_->file()));
        const bool lines = field == RoutineField::notes || field == RoutineField::professional;
        label->set_problems(document_->problems_under(pointer), pointer,
                            lines ? tr("Line") : tr("Item"));
    }
}

} // namespace unknot::gui
