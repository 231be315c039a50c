// A looping preview of a routine's exercises: each exercise's figure moves through a few reps,
// then the next one takes over; its name is shown under it. Click to go to the next one.
#pragma once

#include "core/routine/routine.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTimer;

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

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void show_current();

    std::vector<Exercise> exercises_;
    int current_ = 0;
    FigureWidget* figure_;
    QLabel* caption_;
    QTimer* next_;
};

} // namespace unknot::gui
