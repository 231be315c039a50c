// A preview of a routine's exercises, one at a time with its name under it: the first one's figure
// moves through a few reps when it is shown (and on replay()), then rests on its key pose;
// hovering plays it again, and a click goes on to the next exercise, which plays.
#pragma once

#include "core/routine/routine.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace unknot::gui {

class FigureWidget;

class RoutinePreview : public QWidget {
    Q_OBJECT
public:
    explicit RoutinePreview(QWidget* parent = nullptr);

    // The exercises to show in turn (copied); those without a figure are left out.
    void set_exercises(const std::vector<const Exercise*>& exercises);
    int count() const { return static_cast<int>(exercises_.size()); }
    int current() const { return current_; }
    QString caption() const;
    FigureWidget* figure() const { return figure_; }

    void show_next();
    void replay(); // the current exercise's few reps again (a new figure plays anyway)

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void show_current();

    std::vector<Exercise> exercises_;
    int current_ = 0;
    FigureWidget* figure_;
    QLabel* caption_;
};

} // namespace unknot::gui
