#include "gui/player/screen_saver_inhibitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace unknot::gui {

namespace {

QDBusMessage screen_saver_call(const QString& method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.ScreenSaver"),
                                          QStringLiteral("/org/freedesktop/ScreenSaver"),
                                          QStringLiteral("org.freedesktop.ScreenSaver"), method);
}

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject* parent) : QObject(parent) {}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

void ScreenSaverInhibitor::inhibit(const QString& reason)
{
    wanted_ = true;
    if (cookie_ || pending_)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = screen_saver_call(QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << reason;
    pending_ = true;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        pending_ = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid())
            on_reply(reply.value()); // an error means no screensaver service: skip
        w->deleteLater();
    });
}

void ScreenSaverInhibitor::on_reply(uint cookie)
{
    if (wanted_)
        cookie_ = cookie;
    else
        uninhibit(cookie); // released while the call was on its way
}

void ScreenSaverInhibitor::release()
{
    wanted_ = false;
    if (cookie_)
        uninhibit(*cookie_);
    cookie_.reset();
}

void ScreenSaverInhibitor::uninhibit(uint cookie)
{
    QDBusMessage call = screen_saver_call(QStringLiteral("UnInhibit"));
    call << cookie;
    QDBusConnection::sessionBus().send(call);
}

} // namespace unknot::gui
