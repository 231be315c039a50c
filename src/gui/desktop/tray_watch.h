// Whether the desktop has a system tray, watched: at login an autostarted Unknot often starts
// before the panel, and a panel can be restarted or removed. Asks `available` every few seconds
// (on X11 one look at who owns the tray selection) and says when the answer changes.
#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace unknot::gui {

class TrayWatch : public QObject {
    Q_OBJECT
public:
    // `available`: QSystemTrayIcon::isSystemTrayAvailable in the app; tests give their own.
    TrayWatch(std::function<bool()> available, std::chrono::milliseconds interval,
              QObject* parent = nullptr);

    bool present() const { return present_; }
    void poll(); // the timer calls it; tests call it

signals:
    void changed(bool present);

private:
    std::function<bool()> available_;
    bool present_;
    QTimer* timer_;
};

} // namespace unknot::gui
