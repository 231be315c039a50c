// Puts an animated figure into the player's illustration slot and moves it with the session:
// a lead-in, switch or rest shows the starting pose of what comes next, a hold eases into the
// held pose and breathes, paced reps move at the tempo, on the side the engine says. It reads
// the engine through PlayerPage, so the player itself needs no change.
#pragma once

#include "core/figure/figure_scene.h"
#include "core/session/session_engine.h"

#include <QObject>

#include <optional>
#include <string>

class QTimer;

namespace unknot::gui {

class FigureWidget;
class PlayerPage;
class SessionClock;

// What the figure shows for the current phase of `engine` at `now`; nullopt when no exercise is
// shown (a timed activity). `exercise_id` receives the exercise whose figure it is.
struct PlayerFigureState {
    std::string exercise_id;
    FigureMoment moment;
};
std::optional<PlayerFigureState> player_figure_state(const SessionEngine& engine, TimePoint now);

class PlayerFigure : public QObject {
    Q_OBJECT
public:
    // Owned by `page`. `clock` is the player's session clock and must outlive it; so must what
    // `lookup` finds exercises in.
    PlayerFigure(PlayerPage& page, const SessionClock& clock, ExerciseLookup lookup);

    FigureWidget* widget() const { return widget_; }
    void refresh(); // what the animation timer calls; tests call it after moving the clock
    // Frames run while the session plays, lead-in included; paused, the timer only looks at
    // a few times a second whether it goes on.
    bool animating() const;

private:
    void update_timer();

    PlayerPage& page_;
    const SessionClock& clock_;
    ExerciseLookup lookup_;
    FigureWidget* widget_;
    QTimer* timer_;
};

} // namespace unknot::gui
