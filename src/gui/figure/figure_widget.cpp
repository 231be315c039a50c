#include "gui/figure/figure_widget.h"

#include "gui/figure/figure_painter.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace unknot::gui {

namespace {

constexpr int kFrameMilliseconds = 33;
constexpr int kPreviewReps = 2; // per side
// A frame is drawn once some point of the figure has moved this far on screen: a slow breath then
// costs a few frames a second, not thirty.
constexpr double kVisibleMovePixels = 0.4;

double distance(Vec2 a, Vec2 b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Whether `next` differs from `painted` by more than kVisibleMovePixels anywhere (`scale`:
// pixels per metre), or in what it holds.
bool moved_on_screen(const Scene& painted, const Scene& next, double scale)
{
    if (painted.strokes.size() != next.strokes.size() || painted.props.size() != next.props.size())
        return true;
    const double limit = kVisibleMovePixels / std::max(std::abs(scale), 1e-9);
    for (std::size_t i = 0; i < next.joints.size(); ++i)
        if (distance(painted.joints[i], next.joints[i]) > limit)
            return true;
    for (std::size_t i = 0; i < next.props.size(); ++i)
        if (distance(painted.props[i].a, next.props[i].a) > limit ||
            distance(painted.props[i].b, next.props[i].b) > limit)
            return true;
    return distance(painted.face, next.face) > limit || distance(painted.crown, next.crown) > limit;
}

double rep_seconds(const Figure& figure)
{
    return figure.seconds > 0 ? figure.seconds : kDefaultRepSeconds;
}

} // namespace

FigureMoment loop_moment(const Figure& figure, Sides sides, double seconds)
{
    const double rep = rep_seconds(figure);
    const auto rep_index = static_cast<long long>(std::floor(std::max(0.0, seconds) / rep));
    FigureMoment moment;
    moment.kind = FigureMoment::Kind::reps;
    moment.seconds = seconds;
    moment.rep_seconds = rep;
    if (sides == Sides::alternate)
        moment.other_side = rep_index % 2 == 1;
    else if (sides == Sides::each)
        moment.other_side = (rep_index / 2) % 2 == 1;
    return moment;
}

FigureWidget::FigureWidget(QWidget* parent) : QWidget(parent), timer_(new QTimer(this))
{
    setObjectName(QStringLiteral("figure"));
    setAccessibleName(tr("Exercise figure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    timer_->setInterval(kFrameMilliseconds);
    connect(timer_, &QTimer::timeout, this, &FigureWidget::advance_loop);
    elapsed_.start();
    seconds_ = [this] { return static_cast<double>(elapsed_.elapsed()) / 1000.0; };
}

void FigureWidget::set_figure(const Figure* figure, Sides sides, const QString& placeholder)
{
    const bool same_figure = figure ? figure_ && *figure == *figure_ : !figure_;
    if (same_figure && sides == sides_ && placeholder == placeholder_)
        return;
    placeholder_ = placeholder;
    figure_ = figure ? std::optional<Figure>(*figure) : std::nullopt;
    sides_ = sides;
    animation_ = figure_ ? FigureAnimation(*figure_, sides_) : FigureAnimation();
    update(); // the placeholder may have changed too
    if (motion_ == Motion::preview) {
        moment_ = FigureMoment{FigureMoment::Kind::key};
        start_playing();
    } else {
        started_ = false;
        rebuild();
        update_timer();
    }
}

void FigureWidget::set_moment(const FigureMoment& moment)
{
    if (moment == moment_)
        return; // nothing moved: no frame to draw
    moment_ = moment;
    rebuild();
}

void FigureWidget::set_phase(FigureMoment::Kind kind, double seconds, double rep_seconds,
                             bool other_side)
{
    set_moment({kind, seconds, rep_seconds, other_side});
}

void FigureWidget::set_motion(Motion motion)
{
    if (motion == motion_)
        return;
    motion_ = motion;
    if (motion_ == Motion::preview) {
        start_playing();
        return;
    }
    playing_ = false;
    started_ = false;
    update_timer();
    if (motion_ == Motion::loop)
        advance_loop();
}

void FigureWidget::replay()
{
    if (motion_ == Motion::preview)
        start_playing();
}

double FigureWidget::preview_seconds() const
{
    if (!figure_)
        return 0;
    const int reps = sides_ == Sides::each ? 2 * kPreviewReps : kPreviewReps;
    return reps * rep_seconds(*figure_);
}

void FigureWidget::set_time_source(std::function<double()> seconds)
{
    seconds_ = std::move(seconds);
    started_ = false;
}

void FigureWidget::start_playing()
{
    playing_ = figure_.has_value();
    started_ = false;
    if (!playing_)
        moment_ = FigureMoment{FigureMoment::Kind::key};
    rebuild();
    update_timer();
}

void FigureWidget::rest()
{
    playing_ = false;
    started_ = false;
    timer_->stop();
    set_moment(FigureMoment{FigureMoment::Kind::key});
}

void FigureWidget::advance_loop()
{
    if (!figure_ || motion_ == Motion::none || (motion_ == Motion::preview && !playing_))
        return;
    if (!started_) {
        play_from_ = seconds_();
        started_ = true;
    }
    const double seconds = seconds_() - play_from_;
    if (motion_ == Motion::preview && seconds >= preview_seconds()) {
        rest();
        return;
    }
    set_moment(loop_moment(*figure_, sides_, seconds));
}

void FigureWidget::rebuild()
{
    scene_ = animation_.at(moment_);
    if (moved_on_screen(painted_, scene_, scene_transform(scene_, figure_area()).m11())) {
        painted_ = scene_;
        update();
    }
}

QRectF FigureWidget::figure_area() const
{
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

void FigureWidget::update_timer()
{
    const bool wanted =
        figure_ && (motion_ == Motion::loop || (motion_ == Motion::preview && playing_));
    const bool run = wanted && on_screen_ && isActiveWindow();
    if (run && !timer_->isActive()) {
        timer_->start();
        advance_loop();
    } else if (!run && timer_->isActive()) {
        timer_->stop();
        if (motion_ == Motion::preview)
            rest();
    }
}

QSize FigureWidget::sizeHint() const
{
    return {260, 200};
}

QSize FigureWidget::minimumSizeHint() const
{
    return {80, 60};
}

void FigureWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = figure_area();
    painted_ = scene_;
    if (!figure_) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    paint_scene(painter, area, scene_, figure_colours(palette()));
}

bool FigureWidget::animating() const
{
    return timer_->isActive();
}

void FigureWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    on_screen_ = true;
    update_timer();
}

void FigureWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    on_screen_ = false;
    update_timer();
}

// Qt passes a window's activation on to its visible children as WindowActivate and
// WindowDeactivate.
bool FigureWidget::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate)
        update_timer();
    return handled;
}

void FigureWidget::enterEvent(QEnterEvent* event)
{
    QWidget::enterEvent(event);
    if (!playing_)
        replay();
}

} // namespace unknot::gui
