#include "gui/history/trend_chart.h"

#include "gui/history/history_text.h"
#include "gui/history/local_clock.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace unknot::gui {

struct TrendChart::Band {
    QRectF area;     // where the data goes
    qreal title_top; // the band's title above the area
    double maximum;  // the value at the top of the area
};

namespace {

constexpr qreal kLeftMargin = 34;
constexpr qreal kRightMargin = 8;

qreal y_of(double value, const QRectF& area, double maximum)
{
    return area.bottom() - area.height() * std::clamp(value / maximum, 0.0, 1.0);
}

} // namespace

TrendChart::TrendChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TrendChart::set_weeks(std::vector<WeekSummary> weeks)
{
    weeks_ = std::move(weeks);
    update_description();
    update();
}

QSize TrendChart::sizeHint() const
{
    return {460, 340};
}

QSize TrendChart::minimumSizeHint() const
{
    return {300, 15 * fontMetrics().height()};
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (weeks_.empty())
        return;
    const qreal line = fontMetrics().height();
    const QRectF inner = QRectF(rect()).adjusted(kLeftMargin, 0, -kRightMargin, -line - 4);
    const qreal gap = line + 6; // room for each band's title
    const qreal usable = inner.height() - 3 * gap - 2 * 8;
    const qreal sessions_height = usable * 0.46;
    const qreal other_height = usable * 0.27;

    int top_sessions = 1;
    double top_minutes = 10;
    for (const WeekSummary& w : weeks_) {
        top_sessions = std::max({top_sessions, w.sessions, w.goal});
        top_minutes = std::max(top_minutes, w.active_seconds / 60.0);
    }
    qreal y = inner.top();
    const Band sessions{QRectF(inner.left(), y + gap, inner.width(), sessions_height), y,
                        top_sessions + 0.5};
    y = sessions.area.bottom() + 8;
    const Band minutes{QRectF(inner.left(), y + gap, inner.width(), other_height), y,
                       std::ceil(top_minutes / 10) * 10};
    y = minutes.area.bottom() + 8;
    const Band pain{QRectF(inner.left(), y + gap, inner.width(), other_height), y, 10};

    paint_sessions(painter, sessions);
    paint_minutes(painter, minutes);
    paint_pain(painter, pain);
    paint_week_labels(painter, pain);
}

QRectF TrendChart::column(const Band& band, std::size_t week, qreal fill) const
{
    const qreal width = band.area.width() / static_cast<qreal>(weeks_.size());
    const qreal inset = width * (1 - fill) / 2;
    return {band.area.left() + width * static_cast<qreal>(week) + inset, band.area.top(),
            width - 2 * inset, band.area.height()};
}

void TrendChart::paint_title(QPainter& painter, const Band& band, const QString& title) const
{
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(band.area.left(), band.title_top, band.area.width(),
                            band.area.top() - band.title_top),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(0, band.area.top() - 8, kLeftMargin - 6, 16),
                     Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(band.maximum, 'f', 0));
    painter.drawText(QRectF(0, band.area.bottom() - 8, kLeftMargin - 6, 16),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(band.area.bottomLeft(), band.area.bottomRight());
}

void TrendChart::paint_sessions(QPainter& painter, const Band& band) const
{
    const int goal = weeks_.back().goal;
    paint_title(painter, band, tr("Sessions a week (goal %1)").arg(goal));
    const QColor met = palette().color(QPalette::Highlight);
    QColor short_of_goal = met;
    short_of_goal.setAlphaF(0.45f);
    for (std::size_t i = 0; i < weeks_.size(); ++i) {
        const WeekSummary& w = weeks_[i];
        QRectF bar = column(band, i, 0.62);
        bar.setTop(y_of(w.sessions, band.area, band.maximum));
        painter.fillRect(bar, w.goal_met() ? met : short_of_goal);
    }
    const qreal goal_y = y_of(goal, band.area, band.maximum);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(band.area.left(), goal_y), QPointF(band.area.right(), goal_y));
}

void TrendChart::paint_minutes(QPainter& painter, const Band& band) const
{
    paint_title(painter, band, tr("Exercise minutes"));
    QColor bars = palette().color(QPalette::Text);
    bars.setAlphaF(0.35f);
    for (std::size_t i = 0; i < weeks_.size(); ++i) {
        QRectF bar = column(band, i, 0.62);
        bar.setTop(y_of(weeks_[i].active_seconds / 60.0, band.area, band.maximum));
        painter.fillRect(bar, bars);
    }
}

void TrendChart::paint_pain(QPainter& painter, const Band& band) const
{
    paint_title(painter, band, tr("Average pain after (0–10)"));
    const QColor colour = pain_color();
    painter.setPen(QPen(colour, 2.5));
    painter.setBrush(colour);
    QPainterPath path;
    bool drawing = false; // a week without ratings breaks the line
    for (std::size_t i = 0; i < weeks_.size(); ++i) {
        if (!weeks_[i].pain_after) {
            drawing = false;
            continue;
        }
        const QPointF point(column(band, i, 1).center().x(),
                            y_of(*weeks_[i].pain_after, band.area, band.maximum));
        drawing ? path.lineTo(point) : path.moveTo(point);
        drawing = true;
        painter.drawEllipse(point, 3.5, 3.5);
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void TrendChart::paint_week_labels(QPainter& painter, const Band& band) const
{
    const qreal width = band.area.width() / static_cast<qreal>(weeks_.size());
    const int every = width < fontMetrics().horizontalAdvance(QStringLiteral("00 Mmm ")) ? 2 : 1;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (std::size_t i = 0; i < weeks_.size(); ++i) {
        const std::size_t from_end = weeks_.size() - 1 - i;
        if (from_end % static_cast<std::size_t>(every) != 0)
            continue;
        const QRectF cell = column(band, i, 1);
        const QString label =
            QLocale().toString(to_qdate(weeks_[i].start), QStringLiteral("d MMM"));
        painter.drawText(QRectF(cell.center().x() - width, band.area.bottom() + 2, 2 * width,
                                fontMetrics().height()),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

QColor TrendChart::pain_color() const
{
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(255, 170, 90) : QColor(196, 84, 0);
}

void TrendChart::update_description()
{
    if (weeks_.empty())
        return;
    int met = 0;
    for (const WeekSummary& w : weeks_)
        met += w.goal_met() ? 1 : 0;
    setAccessibleName(tr("Last %n weeks", nullptr, int(weeks_.size())));
    setAccessibleDescription(
        tr("The goal was met in %1 of the last %2 weeks").arg(met).arg(weeks_.size()));
    setToolTip(accessibleDescription());
}

} // namespace unknot::gui
