// The problems of one field, shown right under it as plain text; hidden when there are none.
#pragma once

#include "core/base/problem.h"
#include "gui/text_label.h"

#include <QLabel>

#include <string>

namespace unknot::gui {

class ProblemLabel : public TextLabel {
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget* parent = nullptr);
    // Problems at `field_pointer` or under it; those under it name their item: "Line 2: ...".
    void set_problems(const Problems& problems, const std::string& field_pointer = {},
                      const QString& item_word = tr("Item"));
};

// A form label whose mnemonic (&T) focuses `field`.
QLabel* buddy_label(const QString& text, QWidget* field, QWidget* parent);

// `field` with a ProblemLabel under it, in one widget for a form row.
QWidget* with_problem_label(QWidget* field, ProblemLabel* label, QWidget* parent);

} // namespace unknot::gui
