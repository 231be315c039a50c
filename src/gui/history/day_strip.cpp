#include "gui/history/day_strip.h"

#include "gui/history/local_clock.h"

#include <QLocale>
#include <QPainter>

namespace unknot::gui {

namespace {

constexpr int kCellWidth = 64;
constexpr int kMarkSize = 34;

} // namespace

DayStrip::DayStrip(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DayStrip::set_week(local_days first_day, const std::array<int, kDaysPerWeek>& sessions,
                        std::optional<local_days> today)
{
    first_day_ = first_day;
    sessions_ = sessions;
    today_ = today;
    update_description();
    update();
}

QSize DayStrip::sizeHint() const
{
    return {kCellWidth * kDaysPerWeek, fontMetrics().height() * 2 + kMarkSize + 16};
}

QSize DayStrip::minimumSizeHint() const
{
    return {(kMarkSize + 4) * kDaysPerWeek, sizeHint().height()};
}

void DayStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal cell_width = qreal(width()) / kDaysPerWeek;
    for (int i = 0; i < kDaysPerWeek; ++i)
        paint_day(painter, i, QRectF(i * cell_width, 0, cell_width, height()));
}

void DayStrip::paint_day(QPainter& painter, int index, const QRectF& cell) const
{
    const local_days day = first_day_ + days{index};
    const int count = sessions_[static_cast<std::size_t>(index)];
    const bool is_today = today_ && *today_ == day;
    const bool future = today_ && day > *today_;
    const QPalette& pal = palette();
    const QColor text = pal.color(future ? QPalette::Disabled : QPalette::Active, QPalette::Text);

    QFont font = painter.font();
    font.setBold(is_today);
    painter.setFont(font);
    painter.setPen(text);
    const int line = fontMetrics().height();
    const QDate date = to_qdate(day);
    painter.drawText(QRectF(cell.left(), 0, cell.width(), line), Qt::AlignCenter,
                     QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));

    const QRectF mark(cell.center().x() - kMarkSize / 2.0, line + 4, kMarkSize, kMarkSize);
    if (count > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawEllipse(mark);
        painter.setPen(pal.color(QPalette::HighlightedText));
        painter.drawText(mark, Qt::AlignCenter, mark_text(index));
    } else {
        // In the text's colour, dotted for days to come: a ring must show on either palette.
        painter.setPen(QPen(pal.color(QPalette::Text), 1.5, future ? Qt::DotLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(mark.adjusted(4, 4, -4, -4));
    }
    if (is_today) {
        painter.setPen(QPen(pal.color(QPalette::Text), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(mark.adjusted(-3, -3, 3, 3));
    }
    painter.setPen(text);
    painter.drawText(QRectF(cell.left(), mark.bottom() + 4, cell.width(), line), Qt::AlignCenter,
                     QString::number(date.day()));
}

QString DayStrip::mark_text(int day_index) const
{
    const int count = sessions_[static_cast<std::size_t>(day_index)];
    return count > 0 ? QLocale().toString(count) : QString();
}

void DayStrip::update_description()
{
    QStringList days_with_sessions;
    for (int i = 0; i < kDaysPerWeek; ++i) {
        if (sessions_[static_cast<std::size_t>(i)] > 0)
            days_with_sessions << QLocale().dayName(to_qdate(first_day_ + days{i}).dayOfWeek());
    }
    const QString description =
        days_with_sessions.isEmpty()
            ? tr("No sessions on any day of this week")
            : tr("Sessions on %1").arg(QLocale().createSeparatedList(days_with_sessions));
    setAccessibleName(description);
    setToolTip(description);
}

} // namespace unknot::gui
