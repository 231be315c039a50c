#include "gui/desktop/focus_ring.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

namespace unknot::gui {

namespace {

// The frame drawn over the widget's parents (not clipped by a tight layout), 3 pixels wide, in
// the highlight colour; everything else as the application's style has it.
class RingStyle : public QProxyStyle {
public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* data) const override
    {
        if (hint == SH_FocusFrame_AboveWidget)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, data);
    }
    int pixelMetric(PixelMetric metric, const QStyleOption* option,
                    const QWidget* widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return 3;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        if (element == CE_FocusFrame) // the frame's mask leaves only the ring
            painter->fillRect(option->rect, option->palette.color(QPalette::Highlight));
        else
            QProxyStyle::drawControl(element, option, painter, widget);
    }
};

// Windows have no parent to draw the frame in; a focus proxy's owner shows it instead.
bool can_ring(const QWidget* w)
{
    return w && !w->isWindow() && w->parentWidget();
}

} // namespace

FocusRing::FocusRing(QObject* parent) : QObject(parent), style_(std::make_unique<RingStyle>())
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { follow(now); });
}

FocusRing::~FocusRing()
{
    delete frame_; // before its style
}

void FocusRing::follow(QWidget* now)
{
    if (!can_ring(now)) {
        if (frame_)
            frame_->setWidget(nullptr);
        return;
    }
    if (!frame_) {
        frame_ = new QFocusFrame(now); // reparents itself to the window the widget is in
        frame_->setStyle(style_.get());
    }
    frame_->setWidget(now);
    frame_->show();
}

QWidget* FocusRing::ringed() const
{
    return frame_ && frame_->isVisible() ? frame_->widget() : nullptr;
}

void set_tab_order(const QList<QWidget*>& widgets)
{
    QWidget* before = nullptr;
    for (QWidget* w : widgets) {
        if (before)
            QWidget::setTabOrder(before, w);
        before = w;
    }
}

QList<QWidget*> tab_order_inside(QWidget* container)
{
    QList<QWidget*> inside;
    for (QWidget* w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain())
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            inside << w;
    return inside;
}

} // namespace unknot::gui
