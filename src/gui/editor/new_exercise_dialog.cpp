#include "gui/editor/new_exercise_dialog.h"

#include "core/routine/routine_editing.h"
#include "core/routine/routine_limits.h"
#include "gui/editor/problem_label.h"
#include "gui/figure/figure_editor.h"
#include "gui/text.h"
#include "gui/value_words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace unknot::gui {
namespace {

std::vector<std::string> lines_of(const QString& text, QChar separator = QLatin1Char('\n'))
{
    std::vector<std::string> items;
    for (const QString& line : text.split(separator)) {
        if (!line.trimmed().isEmpty())
            items.push_back(line.trimmed().toStdString());
    }
    return items;
}

// The sides of limits::sides(), in the order of Sides.
QString sides_label(const std::string& sides)
{
    if (sides == "each")
        return NewExerciseDialog::tr("Each side: one side, then the other");
    if (sides == "alternate")
        return NewExerciseDialog::tr("Alternate sides every rep");
    return NewExerciseDialog::tr("No sides");
}

QPlainTextEdit* lines_edit(QWidget* parent, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

NewExerciseDialog::NewExerciseDialog(std::vector<std::string> taken_ids, QWidget* parent)
    : QDialog(parent), taken_ids_(std::move(taken_ids)), name_(new QLineEdit(this)),
      summary_(new QLineEdit(this)),
      instructions_(lines_edit(this,
                               tr("One step per line, starting with the position:\n"
                                  "Lie on your back over a rolled towel.\n"
                                  "Squeeze your shoulder blades together."),
                               5)),
      cues_(lines_edit(this, tr("Optional, one per line: Keep your neck long."), 3)),
      cautions_(lines_edit(this, tr("Optional, one per line: Stop if your arm tingles."), 3)),
      sides_(new QComboBox(this)), focus_(new QLineEdit(this)), figure_(new FigureEditor(this)),
      needed_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New exercise"));
    name_->setPlaceholderText(tr("e.g. Towel squeeze"));
    summary_->setPlaceholderText(tr("What it does, in one sentence"));
    for (const std::string& sides : limits::sides())
        sides_->addItem(sides_label(sides));
    focus_->setPlaceholderText(tr("upper-back, shoulder-blades"));

    auto* form = new QFormLayout(this);
    add_row(form, tr("&Name"), name_, "name");
    add_row(form, tr("S&ummary"), summary_, "summary");
    add_row(form, tr("&Instructions"), instructions_, "instructions");
    add_row(form, tr("&Cues"), cues_, "cues");
    add_row(form, tr("C&autions"), cautions_, "cautions");
    add_row(form, tr("&Sides"), sides_, "sides");
    add_row(form, tr("&Equipment"), equipment_boxes(), "equipment");
    add_row(form, tr("&Focus"), focus_, "focus");
    add_row(form, tr("Fi&gure"), figure_, "figure");
    connect(figure_, &FigureEditor::figure_changed, this, [this] { touch("figure"); });
    needed_->setTextFormat(Qt::PlainText);
    needed_->setWordWrap(true);
    form->addRow(needed_);
    form->addRow(buttons_);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Add to my exercises"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const std::pair<QLineEdit*, const char*> lines[] = {
        {name_, "name"}, {summary_, "summary"}, {focus_, "focus"}};
    for (const auto& [line, key] : lines)
        connect(line, &QLineEdit::textChanged, this, [this, k = key] { touch(k); });
    const std::pair<QPlainTextEdit*, const char*> texts[] = {
        {instructions_, "instructions"}, {cues_, "cues"}, {cautions_, "cautions"}};
    for (const auto& [text, key] : texts)
        connect(text, &QPlainTextEdit::textChanged, this, [this, k = key] { touch(k); });
    connect(sides_, &QComboBox::currentIndexChanged, this, &NewExerciseDialog::validate);
    resize(560, sizeHint().height());
    validate();
}

void NewExerciseDialog::add_row(QFormLayout* form, const QString& label, QWidget* field,
                                const std::string& key)
{
    auto* problem = new ProblemLabel(this);
    problem_labels_[key] = problem;
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    form->addRow(buddy_label(label, field, this), with_problem_label(field, problem, this));
}

QWidget* NewExerciseDialog::equipment_boxes()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const std::string& id : limits::equipment()) {
        auto* check = new QCheckBox(equipment_word(id), box);
        connect(check, &QCheckBox::toggled, this, [this] { touch("equipment"); });
        equipment_[id] = check;
        grid->addWidget(check, i / 3, i % 3);
        ++i;
    }
    return box;
}

QCheckBox* NewExerciseDialog::equipment_box(const std::string& id) const
{
    const auto it = equipment_.find(id);
    return it == equipment_.end() ? nullptr : it->second;
}

Exercise NewExerciseDialog::exercise() const
{
    Exercise e;
    e.name = name_->text().trimmed().toStdString();
    e.id = make_unique_id(e.name, taken_ids_, "exercise");
    e.summary = summary_->text().trimmed().toStdString();
    e.instructions = untied(lines_of(instructions_->toPlainText()));
    e.cues = lines_of(cues_->toPlainText());
    e.cautions = lines_of(cautions_->toPlainText());
    e.sides = static_cast<Sides>(sides_->currentIndex());
    for (const std::string& id : limits::equipment()) {
        if (equipment_.at(id)->isChecked())
            e.equipment.push_back(id);
    }
    e.focus = lines_of(focus_->text(), QLatin1Char(','));
    e.figure = figure_->figure();
    return e;
}

void NewExerciseDialog::set_figure_sources(const std::vector<Exercise>& exercises)
{
    figure_->set_sources(exercises);
}

bool NewExerciseDialog::is_valid() const
{
    return validate_new_exercise(exercise(), taken_ids_).empty();
}

void NewExerciseDialog::touch(const std::string& key)
{
    touched_.insert(key);
    validate();
}

void NewExerciseDialog::validate()
{
    const Problems problems = validate_new_exercise(exercise(), taken_ids_);
    QStringList needed;
    for (const auto& [key, label] : problem_labels_) {
        const std::string pointer = "/exercises/0/" + key;
        Problems mine;
        if (!touched_.count(key)) {
            label->set_problems({});
            const auto here = [&](const Problem& p) { return p.pointer.rfind(pointer, 0) == 0; };
            if (std::any_of(problems.begin(), problems.end(), here))
                needed << qs(key);
            continue;
        }
        for (const Problem& problem : problems) {
            const bool under = problem.pointer == pointer ||
                               problem.pointer.rfind(pointer + "/", 0) == 0 ||
                               (key == "name" && problem.pointer == "/exercises/0/id");
            if (under)
                mine.push_back(problem);
        }
        const bool lines = key == "instructions" || key == "cues" || key == "cautions";
        label->set_problems(mine, pointer, lines ? tr("Line") : tr("Item"));
    }
    needed_->setText(needed.isEmpty()
                         ? QString()
                         : tr("Still needed: %1.").arg(needed.join(QStringLiteral(", "))));
    needed_->setVisible(!needed.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems.empty());
}

} // namespace unknot::gui
