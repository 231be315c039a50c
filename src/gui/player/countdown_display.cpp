#include "gui/player/countdown_display.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace unknot::gui {

namespace {

// Every digit measured as "0" and at least two of them: the number keeps its size as it counts.
QString measuring_template(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.isDigit())
            c = QLatin1Char('0');
    return out.size() < 2 ? QStringLiteral("00") : out;
}

// The largest pixel size at which `text` fits into `box`.
qreal fitting_size(const QFont& base, const QString& text, const QSizeF& box, qreal height_share)
{
    QFont font = base;
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    const QRectF ink = metrics.tightBoundingRect(text);
    if (ink.width() <= 0 || ink.height() <= 0)
        return 1;
    const qreal by_width = 100 * box.width() / ink.width();
    const qreal by_height = 100 * box.height() * height_share / ink.height();
    return std::max<qreal>(1, std::min(by_width, by_height));
}

void draw_line(QPainter& p, const QRectF& box, const QString& text, qreal pixel_size, bool bold)
{
    if (text.isEmpty())
        return;
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(pixel_size)));
    font.setBold(bold);
    p.setFont(font);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width());
    p.drawText(box, Qt::AlignCenter, shown);
}

// Centres the ink, not the line box: digits have no descenders and would sit high otherwise.
void draw_big(QPainter& p, const QRectF& box, const QString& text, qreal pixel_size)
{
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(pixel_size)));
    font.setBold(true);
    p.setFont(font);
    const QRectF ink = QFontMetricsF(font).tightBoundingRect(text);
    p.drawText(box.center() - ink.center(), text);
}

} // namespace

CountdownDisplay::CountdownDisplay(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Countdown"));
}

void CountdownDisplay::show_value(const QString& caption, const QString& big, const QString& footer,
                                  const QColor& colour)
{
    if (caption == caption_ && big == big_ && footer == footer_ && colour == colour_)
        return;
    caption_ = caption;
    big_ = big;
    footer_ = footer;
    colour_ = colour;
    // Read on request; the player's announcer says the moments that matter.
    setAccessibleDescription(QStringList{caption, big, footer}.join(QLatin1Char(' ')));
    update();
}

void CountdownDisplay::clear()
{
    show_value({}, {}, {}, {});
}

void CountdownDisplay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    QPainterPath frame;
    frame.addRoundedRect(area, 18, 18);
    p.fillPath(frame, colour_.isValid() ? colour_ : palette().color(QPalette::Mid));
    p.setPen(Qt::white);

    const qreal h = area.height();
    const qreal margin = area.width() * 0.05;
    const QRectF caption_box(area.left() + margin, area.top() + h * 0.03, area.width() - 2 * margin,
                             h * 0.16);
    const QRectF big_box(area.left() + margin, area.top() + h * 0.19, area.width() - 2 * margin,
                         h * 0.62);
    const QRectF footer_box(area.left() + margin, area.top() + h * 0.81, area.width() - 2 * margin,
                            h * 0.16);
    draw_line(p, caption_box, caption_, caption_box.height() * 0.6, true);
    if (!big_.isEmpty()) {
        const qreal size = fitting_size(font(), measuring_template(big_), big_box.size(), 0.92);
        draw_big(p, big_box, big_, size);
    }
    draw_line(p, footer_box, footer_, footer_box.height() * 0.5, false);
}

} // namespace unknot::gui
