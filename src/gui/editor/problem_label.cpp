#include "gui/editor/problem_label.h"

#include "gui/text.h"

#include <QVBoxLayout>

#include <algorithm>

namespace unknot::gui {

ProblemLabel::ProblemLabel(QWidget* parent) : TextLabel(Fit::wrap, parent)
{
    setObjectName(QStringLiteral("problem"));
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    hide();
}

void ProblemLabel::set_problems(const Problems& problems, const std::string& field_pointer,
                                const QString& item_word)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        const QString rest =
            qs(problem.pointer.substr(std::min(field_pointer.size(), problem.pointer.size())));
        const QString item = rest.section(QLatin1Char('/'), 1, 1);
        bool numbered = false;
        const int index = item.toInt(&numbered);
        lines << (numbered ? QStringLiteral("%1 %2: %3")
                                 .arg(item_word)
                                 .arg(index + 1)
                                 .arg(qs(problem.message))
                           : qs(problem.message));
    }
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

QLabel* buddy_label(const QString& text, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    // Composite fields (a label and a button) focus their first focusable part.
    QWidget* target = field;
    if (field->focusPolicy() == Qt::NoFocus) {
        for (QWidget* child : field->findChildren<QWidget*>()) {
            if (child->focusPolicy() != Qt::NoFocus) {
                target = child;
                break;
            }
        }
    }
    label->setBuddy(target);
    return label;
}

QWidget* with_problem_label(QWidget* field, ProblemLabel* label, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

} // namespace unknot::gui
