// Layout facts a person notices at once, checked on real widgets: nothing sticks out of its parent
// or is cut by the scroll area it sits in, no button or check box is narrower than its text, no
// tool bar hides actions behind its overflow arrow.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStringList>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace unknot::test {

// Lets pending layouts run: a layout that changes as it is laid out (rows shown, text wrapped)
// asks again, so one pass of the event loop is not always enough.
inline void settle()
{
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
}

inline QString where_is(const QWidget* w)
{
    const QPoint at = w->mapTo(w->window(), QPoint(0, 0));
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    else if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text().left(60);
    return QStringLiteral("%1 \"%2\" %3 at %4,%5 %6x%7")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(at.x())
        .arg(at.y())
        .arg(w->width())
        .arg(w->height());
}

// The content widget of a scroll area (the viewport's child) may be taller than the viewport, as
// it scrolls; it is cut when it is wider and the area does not scroll sideways.
inline bool scrolled_content(const QWidget* w)
{
    const QWidget* viewport = w->parentWidget();
    const auto* area =
        viewport ? qobject_cast<const QAbstractScrollArea*>(viewport->parentWidget()) : nullptr;
    return area && area->viewport() == viewport;
}

inline bool sideways_scroll(const QWidget* content)
{
    const auto* area =
        qobject_cast<const QAbstractScrollArea*>(content->parentWidget()->parentWidget());
    return area->horizontalScrollBar()->isVisible();
}

// Visible widgets that reach outside their parent (or, in a scroll area, are wider than it).
inline QStringList outside_parent(const QWidget& root)
{
    QStringList found;
    for (const QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || !w->parentWidget())
            continue;
        const QRect parent = w->parentWidget()->rect();
        const QRect rect = w->geometry();
        if (scrolled_content(w)) {
            if (rect.width() > parent.width() + 1 && !sideways_scroll(w))
                found << QStringLiteral("wider than its scroll area: ") + where_is(w);
            continue;
        }
        if (!parent.contains(rect) && !rect.isEmpty())
            found << QStringLiteral("outside its parent: ") + where_is(w);
    }
    return found;
}

// Buttons and check boxes shown narrower than their text needs, and tool bars whose overflow
// arrow hides actions.
inline QStringList cut_buttons(const QWidget& root)
{
    QStringList found;
    for (const QAbstractButton* b : root.findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        const bool worded =
            qobject_cast<const QPushButton*>(b) || qobject_cast<const QCheckBox*>(b) ||
            qobject_cast<const QRadioButton*>(b) || qobject_cast<const QToolButton*>(b);
        if (b->width() + 1 < b->minimumSizeHint().width() ||
            (worded && b->width() + 1 < b->sizeHint().width()))
            found << QStringLiteral("text cut (needs %1 px): ").arg(b->sizeHint().width()) +
                         where_is(b);
    }
    for (const QToolBar* bar : root.findChildren<QToolBar*>())
        for (const QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (child->objectName() == QLatin1String("qt_toolbar_ext_button") && child->isVisible())
                found << QStringLiteral("a tool bar hides actions: ") + where_is(bar);
    return found;
}

// The text of a label as shown: without the '&' that marks a shortcut.
inline QString shown_text(const QLabel& label)
{
    QString text = label.text();
    if (label.buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

// Labels of our own text (not TextLabel: text from files fits by wrapping or eliding on purpose)
// that the layout cuts: one line wider than the label, or wrapped lines taller than it.
inline QStringList cut_labels(const QWidget& root)
{
    QStringList found;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() ||
            label->inherits("unknot::gui::TextLabel") || label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue;
        const QRect box = label->contentsRect();
        const QFontMetrics metrics(label->font());
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                found << QStringLiteral("label cut at the bottom (needs %1 px high): ")
                                 .arg(label->heightForWidth(label->width())) +
                             where_is(label);
        } else {
            int widest = 0;
            for (const QString& line : shown_text(*label).split(QLatin1Char('\n')))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            if (widest > box.width() + 1)
                found << QStringLiteral("label cut (needs %1 px): ").arg(widest) + where_is(label);
        }
    }
    return found;
}

// Line edits that show the end of a text too long for them, not its start (Qt leaves the cursor
// at the end after setText): a reader sees "...ngthen and stretch." instead of how it begins.
inline QStringList line_edits_showing_the_end(const QWidget& root)
{
    QStringList found;
    for (const QLineEdit* edit : root.findChildren<QLineEdit*>()) {
        if (!edit->isVisible() || edit->hasFocus() || edit->cursorPosition() == 0)
            continue;
        if (edit->fontMetrics().horizontalAdvance(edit->text()) > edit->width())
            found << QStringLiteral("line edit shows the end of its text: ") + where_is(edit) +
                         QStringLiteral(" \"") + edit->text().left(40) + QStringLiteral("\"");
    }
    return found;
}

// The widgets that make a window need more width than `available`: from the window down, each
// widget (shown or not: a stack needs room for all its pages) whose minimum width is more than
// `available`, named with that minimum.
inline QString widest_chain(const QWidget& window, int available)
{
    QStringList chain;
    const QWidget* w = &window;
    while (w) {
        chain << QStringLiteral("%1 \"%2\" needs %3")
                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                     .arg(w->minimumSizeHint().width());
        const QWidget* widest = nullptr;
        for (const QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isWindow() &&
                (!widest || child->minimumSizeHint().width() > widest->minimumSizeHint().width()))
                widest = child;
        w = widest && widest->minimumSizeHint().width() > available ? widest : nullptr;
    }
    return chain.join(QStringLiteral(" > "));
}

// A window wider or taller than the screen it is on: the part outside cannot be seen.
inline QStringList beyond_screen(const QWidget& window)
{
    const QRect screen = window.screen()->availableGeometry();
    const QSize size = window.frameGeometry().size();
    if (size.width() <= screen.width() && size.height() <= screen.height())
        return {};
    return {QStringLiteral("the window is %1x%2 on a %3x%4 screen: ")
                .arg(size.width())
                .arg(size.height())
                .arg(screen.width())
                .arg(screen.height()) +
            widest_chain(window, screen.width())};
}

// The WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white). Lines and shapes
// that carry meaning need 3, text 4.5.
inline double contrast_ratio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast against `background` of any pixel of `area` in `image`.
inline double strongest_contrast(const QImage& image, const QRect& area, const QColor& background)
{
    double best = 1;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, contrast_ratio(image.pixelColor(x, y), background));
    return best;
}

// Every layout fact above but the screen's, for one page or window.
inline QStringList layout_problems(const QWidget& root)
{
    return outside_parent(root) + cut_buttons(root) + cut_labels(root) +
           line_edits_showing_the_end(root);
}

} // namespace unknot::test
