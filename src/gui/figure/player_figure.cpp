#include "gui/figure/player_figure.h"

#include "gui/figure/figure_widget.h"
#include "gui/player/illustration_area.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/text.h"

#include <QTimer>

namespace unknot::gui {

namespace {

constexpr int kFrameMilliseconds = 33;
// While paused the figure stands still; the timer only looks whether the session goes on again.
constexpr int kPausedMilliseconds = 250;

bool is_rest(PhaseKind kind)
{
    return kind == PhaseKind::rest || kind == PhaseKind::rest_after ||
           kind == PhaseKind::rest_between_sets;
}

bool is_exercise(PhaseKind kind)
{
    return kind == PhaseKind::hold || kind == PhaseKind::reps;
}

// The side of the first exercise phase from `index` on: what a lead-in or switch prepares for.
Side coming_side(const SessionPlan& plan, int index)
{
    for (auto i = static_cast<std::size_t>(index); i < plan.phases.size(); ++i)
        if (is_exercise(plan.phases[i].kind))
            return plan.phases[i].side;
    return Side::none;
}

} // namespace

std::optional<PlayerFigureState> player_figure_state(const SessionEngine& engine, TimePoint now)
{
    const Phase* phase = engine.current_phase();
    if (!phase)
        return std::nullopt;
    const SessionPlan& plan = engine.plan();
    const int index = engine.phase_index();
    int shown = index; // during a rest, what comes next
    while (shown < static_cast<int>(plan.phases.size()) && is_rest(plan.phases[shown].kind))
        ++shown;
    if (shown >= static_cast<int>(plan.phases.size()) || plan.phases[shown].exercise_id.empty())
        return std::nullopt;
    PlayerFigureState state;
    state.exercise_id = plan.phases[shown].exercise_id;
    state.moment.seconds = engine.phase_elapsed_seconds(now);
    Side side = coming_side(plan, shown);
    if (shown == index && is_exercise(phase->kind)) {
        state.moment.kind =
            phase->kind == PhaseKind::hold ? FigureMoment::Kind::hold : FigureMoment::Kind::reps;
        state.moment.rep_seconds = phase->tempo.value_or(0.0);
        side = engine.current_side(now);
    }
    state.moment.other_side = side == Side::right;
    return state;
}

PlayerFigure::PlayerFigure(PlayerPage& page, const SessionClock& clock, ExerciseLookup lookup)
    : QObject(&page), page_(page), clock_(clock), lookup_(std::move(lookup)),
      widget_(new FigureWidget), timer_(new QTimer(this))
{
    page.illustration_slot()->set_figure(widget_);
    timer_->setInterval(kFrameMilliseconds);
    connect(timer_, &QTimer::timeout, this, &PlayerFigure::refresh);
    connect(&page, &PlayerPage::session_started, this, &PlayerFigure::refresh);
    connect(&page, &PlayerPage::session_event, this, &PlayerFigure::refresh);
    connect(&page, &PlayerPage::session_finished, this, &PlayerFigure::refresh);
}

void PlayerFigure::refresh()
{
    const SessionEngine* engine = page_.engine();
    const auto state = engine ? player_figure_state(*engine, clock_.now()) : std::nullopt;
    const Exercise* exercise = state ? lookup_(state->exercise_id) : nullptr;
    update_timer();
    if (!exercise || !exercise->figure) {
        widget_->set_figure(nullptr, Sides::none, exercise ? qs(exercise->name) : QString());
        return;
    }
    widget_->set_figure(&*exercise->figure, exercise->sides, qs(exercise->name));
    widget_->set_moment(state->moment);
}

bool PlayerFigure::animating() const
{
    return timer_->isActive() && timer_->interval() == kFrameMilliseconds;
}

// Frames while the session plays: "session started" comes before the engine starts, so the
// timer also starts with the first engine event that finds it playing.
void PlayerFigure::update_timer()
{
    if (!page_.playing()) {
        timer_->stop();
        return;
    }
    const int interval = page_.engine()->paused() ? kPausedMilliseconds : kFrameMilliseconds;
    if (!timer_->isActive() || timer_->interval() != interval)
        timer_->start(interval);
}

} // namespace unknot::gui
