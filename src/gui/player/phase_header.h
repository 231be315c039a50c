// The line above the countdown: exercise name, LEFT / RIGHT in a badge, set k of n, rep k of n.
#pragma once

#include "core/routine/session_plan.h"

#include <QWidget>

class QLabel;

namespace unknot::gui {

class PhaseHeader : public QWidget {
    Q_OBJECT
public:
    explicit PhaseHeader(QWidget* parent = nullptr);

    // Empty set or rep text hides that part; Side::none hides the badge.
    void show_phase(const QString& title, Side side, const QString& set_text,
                    const QString& rep_text);
    void set_base_pixels(int pixels);

    QString title() const;
    QString side_text() const;
    QString set_text() const;
    QString rep_text() const;

private:
    QLabel* title_;
    QLabel* side_;
    QLabel* set_;
    QLabel* rep_;
    Side shown_side_ = Side::none;
};

} // namespace unknot::gui
