#include "gui/desktop/desktop_notifications.h"

#include "gui/desktop/app_identity.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QImage>
#include <QStringList>
#include <QVariantMap>

namespace {

// The spec's "image-data" hint, (iiibiiay): the icon itself, so it shows even when Unknot is not
// installed and no icon theme knows its name.
struct ImageData {
    QImage image;
};

QDBusArgument& operator<<(QDBusArgument& out, const ImageData& data)
{
    const QImage image = data.image.convertToFormat(QImage::Format_RGBA8888);
    out.beginStructure();
    out << image.width() << image.height() << int(image.bytesPerLine()) << true << 8 << 4
        << QByteArray(reinterpret_cast<const char*>(image.constBits()), int(image.sizeInBytes()));
    out.endStructure();
    return out;
}

const QDBusArgument& operator>>(const QDBusArgument& in, ImageData&)
{
    return in; // only sent
}

} // namespace

Q_DECLARE_METATYPE(ImageData)

namespace unknot::gui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

QDBusMessage call(const QString& method)
{
    return QDBusMessage::createMethodCall(kService, kPath, kService, method);
}

QVariantMap hints()
{
    static const QMetaType type = qDBusRegisterMetaType<ImageData>();
    Q_UNUSED(type);
    const QImage icon = app_icon().pixmap(64, 64).toImage();
    QVariantMap hints{{QStringLiteral("desktop-entry"), app_id()},
                      {QStringLiteral("category"), QStringLiteral("x-unknot.reminder")}};
    if (!icon.isNull())
        hints.insert(QStringLiteral("image-data"), QVariant::fromValue(ImageData{icon}));
    return hints;
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject* parent) : QObject(parent) {}

DesktopNotifications::~DesktopNotifications()
{
    listen(false);
}

void DesktopNotifications::set_bus(const QDBusConnection& bus)
{
    listen(false);
    bus_ = bus;
    id_.reset();
}

// The session bus is connected to only when first needed.
QDBusConnection DesktopNotifications::bus() const
{
    return bus_ ? *bus_ : QDBusConnection::sessionBus();
}

void DesktopNotifications::listen(bool on)
{
    if (on == listening_)
        return;
    const QString action = QStringLiteral("ActionInvoked");
    const QString closed = QStringLiteral("NotificationClosed");
    if (on) {
        bus().connect(kService, kPath, kService, action, this, SLOT(on_action(uint, QString)));
        bus().connect(kService, kPath, kService, closed, this, SLOT(on_closed(uint, uint)));
    } else {
        bus().disconnect(kService, kPath, kService, action, this, SLOT(on_action(uint, QString)));
        bus().disconnect(kService, kPath, kService, closed, this, SLOT(on_closed(uint, uint)));
    }
    listening_ = on;
}

void DesktopNotifications::show(const QString& title, const QString& body,
                                const QList<Action>& actions, const QString& default_key)
{
    if (!bus().isConnected()) {
        emit unavailable();
        return;
    }
    listen(true);
    QStringList pairs;
    if (!default_key.isEmpty())
        pairs << default_key << QString(); // the spec's "default": a click on the notification
    for (const Action& a : actions)
        pairs << a.key << a.label;
    QDBusMessage m = call(QStringLiteral("Notify"));
    m << app_id() << id_.value_or(0u) << app_id() << title << body << pairs << hints()
      << 0; // never expires: a reminder waits for an answer
    auto* watcher = new QDBusPendingCallWatcher(bus().asyncCall(m), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            id_.reset();
            emit unavailable();
            return;
        }
        id_ = reply.value();
        emit shown(*id_);
    });
}

void DesktopNotifications::close()
{
    if (!id_)
        return;
    bus().send(call(QStringLiteral("CloseNotification")) << *std::exchange(id_, std::nullopt));
}

void DesktopNotifications::on_action(uint id, const QString& key)
{
    if (id_ == id)
        emit action_invoked(key);
}

void DesktopNotifications::on_closed(uint id, uint)
{
    if (id_ != id)
        return;
    id_.reset();
    emit closed();
}

} // namespace unknot::gui
