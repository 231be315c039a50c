#include "gui/first_shown.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace unknot::gui {

namespace {

constexpr int kLongestWaitMs = 1000;

// Lives on the QWindow until its first Expose; the widget's paint has happened by the time the
// queued call runs.
class ExposeWatch : public QObject {
public:
    ExposeWatch(QWidget& widget, std::function<void()> then)
        : QObject(widget.windowHandle()), widget_(widget), then_(std::move(then))
    {
        widget.windowHandle()->installEventFilter(this);
        QTimer::singleShot(kLongestWaitMs, this, [this] { fire(); });
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed())
            fire();
        return false;
    }

private:
    QWidget& widget_;
    std::function<void()> then_;

    void fire()
    {
        if (!then_)
            return;
        parent()->removeEventFilter(this);
        QTimer::singleShot(0, &widget_, std::exchange(then_, nullptr));
        deleteLater();
    }
};

} // namespace

void after_first_shown(QWidget& window, std::function<void()> then)
{
    if (window.windowHandle())
        new ExposeWatch(window, std::move(then));
}

} // namespace unknot::gui
