// Keeps the screen awake while a session runs, through the first of these on the session bus
// that answers: the xdg-desktop-portal Inhibit (flatpak and most desktops), the
// org.freedesktop.ScreenSaver service (KDE, XFCE, ...), org.gnome.SessionManager. Each call is
// asynchronous, so the player never waits for it; with no bus or no service it does nothing.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

class QDBusMessage;

namespace unknot::gui {

class ScreenInhibitor : public QObject {
    Q_OBJECT
public:
    enum class Service { portal, screen_saver, gnome_session };

    explicit ScreenInhibitor(QObject* parent = nullptr);
    ~ScreenInhibitor() override;

    // The bus to ask (tests give a private one); the session bus by default.
    void set_bus(const QDBusConnection& bus);
    // Takes (wanted) or releases the inhibition; repeating a wish changes nothing.
    void set_wanted(bool wanted, const QString& reason = {});
    bool held() const { return hold_.has_value(); }
    bool asking() const { return asking_; } // a call is on its way
    std::optional<Service> service() const;

signals:
    void held_changed(bool held);

private:
    struct Hold {
        Service service;
        uint cookie = 0;   // ScreenSaver and GNOME
        QString request{}; // the portal's request object, closed to release
    };

    void try_service(int index);
    void on_held(Hold hold);
    void release();
    QDBusMessage inhibit_call(Service service) const;

    QDBusConnection bus() const;

    std::optional<QDBusConnection> bus_; // none: the session bus
    QString reason_;
    bool wanted_ = false;
    bool asking_ = false;
    std::optional<Hold> hold_;
};

} // namespace unknot::gui
