// Layout facts a person notices at once, checked on real widgets: nothing sticks out of its parent
// or is cut by the scroll area it sits in, no button or check box is narrower than its text, no
// tool bar hides actions behind its overflow arrow.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStringList>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace unknot::test {

inline QString where_is(const QWidget* w)
{
    const QPoint at = w->mapTo(w->window(), QPoint(0, 0));
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
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
        if (b->width() + 1 < b->minimumSizeHint().width() ||
            (qobject_cast<const QPushButton*>(b) || qobject_cast<const QCheckBox*>(b) ||
             qobject_cast<const QRadioButton*>(b) || qobject_cast<const QToolButton*>(b)) &&
                b->width() + 1 < b->sizeHint().width())
            found << QStringLiteral("text cut (needs %1 px): ").arg(b->sizeHint().width()) +
                         where_is(b);
    }
    for (const QToolBar* bar : root.findChildren<QToolBar*>())
        for (const QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (child->objectName() == QLatin1String("qt_toolbar_ext_button") && child->isVisible())
                found << QStringLiteral("a tool bar hides actions: ") + where_is(bar);
    return found;
}

// Every layout fact above, for one page or window.
inline QStringList layout_problems(const QWidget& root)
{
    return outside_parent(root) + cut_buttons(root);
}

} // namespace unknot::test
