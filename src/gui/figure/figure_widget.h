// Shows an exercise's figure at a moment of its movement. Someone else moves the time (the player
// sets the moment from its session clock), or the widget moves it on its own timer: a preview
// plays a few reps and then rests on the key pose, a loop plays round and round.
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
    // none: only set_moment() moves the figure (the player). preview: after each new figure, on
    // hover and on replay(), a few reps (both sides of a sided exercise) at the figure's pace,
    // then its key pose, still (the library). loop: round and round (the figure editor's Play).
    enum class Motion { none, preview, loop };

    explicit FigureWidget(QWidget* parent = nullptr);

    // Copies the figure; null shows `placeholder` (e.g. the exercise's name) instead.
    void set_figure(const Figure* figure, Sides sides = Sides::none,
                    const QString& placeholder = {});
    bool has_figure() const { return figure_.has_value(); }

    // The player's API: where the exercise is now.
    void set_moment(const FigureMoment& moment);
    void set_phase(FigureMoment::Kind kind, double seconds, double rep_seconds, bool other_side);
    const FigureMoment& moment() const { return moment_; }

    void set_motion(Motion motion);
    Motion motion() const { return motion_; }
    void replay();                            // a preview's few reps again, from the start
    bool playing() const { return playing_; } // a preview between its start and its rest
    // Seconds a preview plays before it rests: whole reps, at least two, both sides.
    double preview_seconds() const;
    // The frame timer runs only while there is something to play and the widget is on screen in
    // the active window: not while hidden, minimised (a spontaneous hide, after which isVisible()
    // stays true) or while another window is active. A preview interrupted so rests at once.
    bool animating() const;
    // Where the widget reads its seconds; tests pass a fake one.
    void set_time_source(std::function<double()> seconds);
    void advance_loop(); // what the timer calls

    const Scene& scene() const { return scene_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool event(QEvent* event) override;
    void enterEvent(QEnterEvent* event) override;

private:
    void rebuild();
    QRectF figure_area() const;
    void start_playing();
    void rest();
    void update_timer();

    std::optional<Figure> figure_;
    FigureAnimation animation_;
    Sides sides_ = Sides::none;
    QString placeholder_;
    FigureMoment moment_;
    Scene scene_;
    Scene painted_; // what is on screen: a new scene is drawn only when it differs visibly
    Motion motion_ = Motion::none;
    bool playing_ = false;   // a preview is due to play or playing
    bool started_ = false;   // its frames have begun: play_from_ is set
    double play_from_ = 0;   // seconds_() when the preview or loop began
    bool on_screen_ = false; // between a show event and a hide event, spontaneous ones included
    QTimer* timer_;
    QElapsedTimer elapsed_;
    std::function<double()> seconds_;
};

// The moment of a looping figure `seconds` in: reps at the figure's pace; sided exercises
// change sides every second rep (alternating ones every rep).
FigureMoment loop_moment(const Figure& figure, Sides sides, double seconds);

} // namespace unknot::gui
