#include "gui/desktop/screen_inhibitor.h"

#include "gui/desktop/app_identity.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

#include <array>

namespace unknot::gui {

namespace {

using Service = ScreenInhibitor::Service;

constexpr std::array kOrder{Service::portal, Service::screen_saver, Service::gnome_session};
constexpr uint kIdle = 8; // the portal's and GNOME's flag for "do not blank or lock when idle"

const QString kPortal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kGnome = QStringLiteral("org.gnome.SessionManager");

QDBusMessage call(const QString& service, const QString& path, const QString& interface,
                  const QString& method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

} // namespace

ScreenInhibitor::ScreenInhibitor(QObject* parent) : QObject(parent) {}

ScreenInhibitor::~ScreenInhibitor()
{
    release();
}

void ScreenInhibitor::set_bus(const QDBusConnection& bus)
{
    release();
    bus_ = bus;
}

// The session bus is connected to only when first needed.
QDBusConnection ScreenInhibitor::bus() const
{
    return bus_ ? *bus_ : QDBusConnection::sessionBus();
}

std::optional<ScreenInhibitor::Service> ScreenInhibitor::service() const
{
    return hold_ ? std::optional<Service>(hold_->service) : std::nullopt;
}

void ScreenInhibitor::set_wanted(bool wanted, const QString& reason)
{
    wanted_ = wanted;
    if (!reason.isEmpty())
        reason_ = reason;
    if (!wanted) {
        release();
        return;
    }
    if (!hold_ && !asking_ && bus().isConnected())
        try_service(0);
}

QDBusMessage ScreenInhibitor::inhibit_call(Service service) const
{
    const QString app = app_id();
    switch (service) {
    case Service::portal: {
        QDBusMessage m =
            call(kPortal, QStringLiteral("/org/freedesktop/portal/desktop"),
                 QStringLiteral("org.freedesktop.portal.Inhibit"), QStringLiteral("Inhibit"));
        m << QString() << kIdle << QVariantMap{{QStringLiteral("reason"), reason_}};
        return m;
    }
    case Service::screen_saver: {
        QDBusMessage m = call(kScreenSaver, QStringLiteral("/org/freedesktop/ScreenSaver"),
                              kScreenSaver, QStringLiteral("Inhibit"));
        m << app << reason_;
        return m;
    }
    case Service::gnome_session:
        break;
    }
    QDBusMessage m = call(kGnome, QStringLiteral("/org/gnome/SessionManager"), kGnome,
                          QStringLiteral("Inhibit"));
    m << app << 0u << reason_ << kIdle;
    return m;
}

// Asks kOrder[index]; an error (no such service, refused) moves on to the next.
void ScreenInhibitor::try_service(int index)
{
    if (index >= int(kOrder.size())) {
        asking_ = false;
        return;
    }
    asking_ = true;
    const Service service = kOrder[std::size_t(index)];
    auto* watcher = new QDBusPendingCallWatcher(bus().asyncCall(inhibit_call(service)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, index, service](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                    try_service(index + 1);
                    return;
                }
                asking_ = false;
                const QVariant answer = reply.arguments().constFirst();
                if (service == Service::portal)
                    on_held({service, 0, answer.value<QDBusObjectPath>().path()});
                else
                    on_held({service, answer.toUInt(), {}});
            });
}

void ScreenInhibitor::on_held(Hold hold)
{
    hold_ = std::move(hold);
    if (!wanted_) { // released while the call was on its way
        release();
        return;
    }
    emit held_changed(true);
}

void ScreenInhibitor::release()
{
    if (!hold_)
        return;
    const Hold hold = *std::exchange(hold_, std::nullopt);
    switch (hold.service) {
    case Service::portal:
        bus().send(call(kPortal, hold.request, QStringLiteral("org.freedesktop.portal.Request"),
                        QStringLiteral("Close")));
        break;
    case Service::screen_saver:
        bus().send(call(kScreenSaver, QStringLiteral("/org/freedesktop/ScreenSaver"), kScreenSaver,
                        QStringLiteral("UnInhibit"))
                   << hold.cookie);
        break;
    case Service::gnome_session:
        bus().send(call(kGnome, QStringLiteral("/org/gnome/SessionManager"), kGnome,
                        QStringLiteral("Uninhibit"))
                   << hold.cookie);
        break;
    }
    emit held_changed(false);
}

} // namespace unknot::gui
