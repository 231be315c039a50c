#include "gui/text_label.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <cmath>

namespace unknot::gui {

namespace {

constexpr int kMinimumLetters = 6; // the least width a label asks for, in average letters
constexpr int kPreferredLetters = 60;

} // namespace

TextLabel::TextLabel(Fit fit, QWidget* parent) : QLabel(parent), fit_(fit)
{
    setTextFormat(Qt::PlainText); // never rich text: it comes from strangers' files
    setWordWrap(fit == Fit::wrap);
    QSizePolicy policy = sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Preferred);
    policy.setHeightForWidth(fit == Fit::wrap);
    setSizePolicy(policy);
}

QRect TextLabel::text_rect() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

void TextLabel::lay_out(QTextLayout& layout, int width) const
{
    QTextOption option(alignment());
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.setFont(font());
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

int TextLabel::text_height(int width) const
{
    if (fit_ == Fit::elide || text().isEmpty())
        return fontMetrics().height();
    QTextLayout layout(text());
    lay_out(layout, width);
    return static_cast<int>(std::ceil(layout.boundingRect().height()));
}

// At least one line, however little room there is.
int TextLabel::lines_that_fit(const QTextLayout& layout, int height)
{
    int shown = 1;
    while (shown < layout.lineCount() && layout.lineAt(shown).rect().bottom() <= height + 0.5)
        ++shown;
    return shown;
}

// The last line that fits, ending in "…" when text follows that does not fit.
void TextLabel::draw_last_line(QPainter& painter, const QTextLayout& layout, int index,
                               QPointF origin) const
{
    const QTextLine line = layout.lineAt(index);
    if (index == layout.lineCount() - 1) {
        line.draw(&painter, origin);
        return;
    }
    const QString rest = text().mid(line.textStart()).simplified();
    const QRectF box = line.rect().translated(origin);
    const Qt::Alignment align =
        QStyle::visualAlignment(layout.textOption().textDirection(), alignment());
    painter.setLayoutDirection(layout.textOption().textDirection());
    painter.drawText(box, static_cast<int>(align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter,
                     fontMetrics().elidedText(rest, Qt::ElideRight, static_cast<int>(box.width())));
}

QString TextLabel::elided(int width) const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, width);
}

QStringList TextLabel::shown_lines() const
{
    const int width = text_rect().width();
    if (fit_ == Fit::elide)
        return {elided(width)};
    QTextLayout layout(text());
    lay_out(layout, width);
    QStringList lines;
    for (int i = 0; i < layout.lineCount(); ++i)
        lines << text().mid(layout.lineAt(i).textStart(), layout.lineAt(i).textLength());
    return lines;
}

QSize TextLabel::sizeHint() const
{
    const int frame = 2 * margin() + contentsMargins().left() + contentsMargins().right();
    const int natural = fontMetrics().horizontalAdvance(text()) + 1;
    const int width = std::min(natural, fontMetrics().averageCharWidth() * kPreferredLetters);
    const int height =
        text_height(width) + 2 * margin() + contentsMargins().top() + contentsMargins().bottom();
    return {width + frame, height};
}

QSize TextLabel::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const int frame = 2 * margin() + contentsMargins().left() + contentsMargins().right();
    const int letters = fontMetrics().averageCharWidth() * kMinimumLetters;
    return {std::min(hint.width(), letters + frame),
            fit_ == Fit::elide ? hint.height() : fontMetrics().height()};
}

bool TextLabel::hasHeightForWidth() const
{
    return fit_ == Fit::wrap;
}

int TextLabel::heightForWidth(int width) const
{
    const int frame_width = 2 * margin() + contentsMargins().left() + contentsMargins().right();
    const int frame_height = 2 * margin() + contentsMargins().top() + contentsMargins().bottom();
    return text_height(width - frame_width) + frame_height;
}

void TextLabel::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    drawFrame(&painter);
    const QRect rect = text_rect();
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    if (fit_ == Fit::elide) {
        const Qt::LayoutDirection direction =
            text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        painter.setLayoutDirection(direction);
        painter.drawText(rect, static_cast<int>(QStyle::visualAlignment(direction, alignment())),
                         elided(rect.width()));
        return;
    }
    QTextLayout layout(text());
    lay_out(layout, rect.width());
    if (layout.lineCount() == 0)
        return;
    const int shown = lines_that_fit(layout, rect.height());
    const qreal height = layout.lineAt(shown - 1).rect().bottom();
    qreal top = rect.top();
    if (alignment() & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (alignment() & Qt::AlignBottom)
        top += rect.height() - height;
    const QPointF origin(rect.left(), top);
    for (int i = 0; i < shown - 1; ++i)
        layout.lineAt(i).draw(&painter, origin);
    draw_last_line(painter, layout, shown - 1, origin);
}

} // namespace unknot::gui
