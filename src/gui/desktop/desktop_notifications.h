// Notifications through the desktop's notification server (org.freedesktop.Notifications over
// D-Bus): with the app's icon and buttons ("actions"), which Qt's tray balloon cannot offer. The
// call is asynchronous; with no server on the bus `unavailable` is emitted and the caller shows
// the message another way.
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QDBusMessage;
class QImage;

namespace unknot::gui {

class DesktopNotifications : public QObject {
    Q_OBJECT
public:
    struct Action {
        QString key;   // what action_invoked gives back
        QString label; // the button's text
    };

    explicit DesktopNotifications(QObject* parent = nullptr);
    ~DesktopNotifications() override;

    // The bus to ask (tests give a private one); the session bus by default.
    void set_bus(const QDBusConnection& bus);
    // Shows `body` under `title`, replacing the notification shown before. `default_key`: what
    // clicking the notification itself does (empty: only dismisses it). Stays until answered.
    void show(const QString& title, const QString& body, const QList<Action>& actions,
              const QString& default_key = {});
    void close();
    std::optional<uint> shown_id() const { return id_; }

signals:
    void shown(uint id);
    void unavailable(); // no server answered: nothing was shown
    void action_invoked(const QString& key);
    void closed(); // dismissed, answered or gone

private slots:
    void on_action(uint id, const QString& key);
    void on_closed(uint id, uint reason);

private:
    QDBusConnection bus() const;
    void listen(bool on);

    std::optional<QDBusConnection> bus_; // none: the session bus
    std::optional<uint> id_;
    bool listening_ = false;
};

} // namespace unknot::gui
