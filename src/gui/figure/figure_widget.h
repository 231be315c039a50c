// Shows an exercise's figure at a moment of its movement. Someone else moves the time: the
// player sets the moment from its session clock; with set_looping(true) the widget plays the
// reps round and round on its own timer (the library's preview).
#pragma once

#include "core/figure/figure_scene.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QTimer;

namespace unknot::gui {

class FigureWidget : public QWidget {
    Q_OBJECT
public:
    explicit FigureWidget(QWidget* parent = nullptr);

    // Copies the figure; null shows `placeholder` (e.g. the exercise's name) instead.
    void set_figure(const Figure* figure, Sides sides = Sides::none,
                    const QString& placeholder = {});
    bool has_figure() const { return figure_.has_value(); }

    // The player's API: where the exercise is now.
    void set_moment(const FigureMoment& moment);
    void set_phase(FigureMoment::Kind kind, double seconds, double rep_seconds, bool other_side);
    const FigureMoment& moment() const { return moment_; }

    // Plays the reps in a loop from its own timer, the sides taking turns every other rep.
    void set_looping(bool looping);
    bool looping() const { return looping_; }
    // The loop's frame timer runs only while the widget is on screen: not while hidden, nor while
    // its window is minimised (a spontaneous hide, after which isVisible() stays true).
    bool animating() const;
    // Where the looping preview reads its seconds; tests pass a fake one.
    void set_time_source(std::function<double()> seconds);
    void advance_loop(); // what the timer calls

    const Scene& scene() const { return scene_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuild();
    void update_timer();

    std::optional<Figure> figure_;
    Sides sides_ = Sides::none;
    QString placeholder_;
    FigureMoment moment_;
    Scene scene_;
    bool looping_ = false;
    bool on_screen_ = false; // between a show event and a hide event, spontaneous ones included
    QTimer* timer_;
    QElapsedTimer elapsed_;
    std::function<double()> seconds_;
};

// The moment of a looping preview `seconds` in: reps at the figure's pace; sided exercises
// change sides every second rep (alternating ones every rep).
FigureMoment loop_moment(const Figure& figure, Sides sides, double seconds);

} // namespace unknot::gui
