#include "gui/figure/figure_widget.h"

#include "gui/figure/figure_painter.h"

#include <QPainter>
#include <QTimer>

#include <cmath>

namespace unknot::gui {

namespace {

constexpr int kFrameMilliseconds = 33;

} // namespace

FigureMoment loop_moment(const Figure& figure, Sides sides, double seconds)
{
    const double rep = figure.seconds > 0 ? figure.seconds : kDefaultRepSeconds;
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
    elapsed_.restart();
    rebuild();
    update_timer();
}

void FigureWidget::set_moment(const FigureMoment& moment)
{
    moment_ = moment;
    rebuild();
}

void FigureWidget::set_phase(FigureMoment::Kind kind, double seconds, double rep_seconds,
                             bool other_side)
{
    set_moment({kind, seconds, rep_seconds, other_side});
}

void FigureWidget::set_looping(bool looping)
{
    looping_ = looping;
    elapsed_.restart();
    update_timer();
    if (looping_)
        advance_loop();
}

void FigureWidget::set_time_source(std::function<double()> seconds)
{
    seconds_ = std::move(seconds);
}

void FigureWidget::advance_loop()
{
    if (looping_ && figure_)
        set_moment(loop_moment(*figure_, sides_, seconds_()));
}

void FigureWidget::rebuild()
{
    scene_ = figure_ ? figure_scene(*figure_, sides_, moment_) : Scene{};
    update();
}

void FigureWidget::update_timer()
{
    const bool run = looping_ && figure_ && on_screen_;
    if (run && !timer_->isActive())
        timer_->start();
    else if (!run)
        timer_->stop();
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
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
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

} // namespace unknot::gui
