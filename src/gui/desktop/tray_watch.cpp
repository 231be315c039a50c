#include "gui/desktop/tray_watch.h"

#include <QTimer>

namespace unknot::gui {

TrayWatch::TrayWatch(std::function<bool()> available, std::chrono::milliseconds interval,
                     QObject* parent)
    : QObject(parent), available_(std::move(available)), present_(available_()),
      timer_(new QTimer(this))
{
    connect(timer_, &QTimer::timeout, this, &TrayWatch::poll);
    timer_->start(interval);
}

void TrayWatch::poll()
{
    const bool now = available_();
    if (now == present_)
        return;
    present_ = now;
    emit changed(present_);
}

} // namespace unknot::gui
