// A quiet banner listing the files that were skipped while loading, and why.
#pragma once

#include "core/base/problem.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace unknot::gui {

class ProblemsBanner : public QFrame {
    Q_OBJECT
public:
    explicit ProblemsBanner(QWidget* parent = nullptr);
    void set_problems(const Problems& problems);
    QString details_text() const;

private:
    QLabel* summary_;
    QToolButton* toggle_;
    QPlainTextEdit* details_;
};

} // namespace unknot::gui
