// A private D-Bus session bus for a test: its own dbus-daemon (no service is started on demand,
// so only what the test registers is there), stopped when the fixture goes. `connect(name)` opens
// a connection to it, as another program would have.
#pragma once

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace unknot::test {

class PrivateBus {
public:
    PrivateBus()
    {
        REQUIRE(dir_.isValid());
        QFile config(dir_.filePath(QStringLiteral("bus.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        // Receiving must be allowed too: without it QtDBus gets no NameAcquired and aborts.
        config.write(
            QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">"
                "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                "<auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>")
                .arg(dir_.path())
                .toUtf8());
        config.close();
        daemon_.start(QStringLiteral("dbus-daemon"),
                      {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                       QStringLiteral("--config-file=") + config.fileName()});
        INFO("dbus-daemon (package dbus-daemon) must be installed: scripts/deps.sh");
        REQUIRE(daemon_.waitForStarted(10000));
        while (!daemon_.canReadLine())
            REQUIRE(daemon_.waitForReadyRead(10000));
        address_ = QString::fromUtf8(daemon_.readLine()).trimmed();
        REQUIRE_FALSE(address_.isEmpty());
    }
    ~PrivateBus()
    {
        for (const QString& name : names_)
            QDBusConnection::disconnectFromBus(name);
        daemon_.terminate();
        daemon_.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    QDBusConnection connect(const QString& name)
    {
        const QString unique = name + QLatin1Char('-') + address_;
        names_ << unique;
        QDBusConnection bus = QDBusConnection::connectToBus(address_, unique);
        REQUIRE(bus.isConnected());
        return bus;
    }
    QString address() const { return address_; }

private:
    QTemporaryDir dir_;
    QProcess daemon_;
    QString address_;
    QStringList names_;
};

} // namespace unknot::test
