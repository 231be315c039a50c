// Reminders as desktop notifications: the Notify call carries the app's icon and the actions
// "Start NAME" and "Not today", the server's ActionInvoked starts the routine, and without a
// server the question comes in the window. A fake org.freedesktop.Notifications on a private
// dbus-daemon records the calls (tests/scripts/desktop_notify_test.py does it with real dunst).
#include "gui/builtin_routines.h"
#include "gui/desktop/app_identity.h"
#include "gui/desktop/desktop_notifications.h"
#include "gui/main_window.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/reminders/reminder_service.h"
#include "gui/reminders/reminder_tray.h"
#include "private_bus.h"

#include <QDBusMessage>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Notified {
    QString app_icon;
    QString summary;
    QString body;
    QStringList actions;
    QStringList hints;
    uint replaces = 0;
    int timeout = -2;
};

class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Notified> calls;
    QList<uint> closed;
public slots:
    uint Notify(const QString&, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints,
                int timeout)
    {
        calls << Notified{icon, summary, body, actions, hints.keys(), replaces, timeout};
        return 7;
    }
    void CloseNotification(uint id) { closed << id; }
};

class StillClock : public gui::SessionClock {
public:
    TimePoint now() const override { return TimePoint{} + std::chrono::hours(1); }
};

struct Desktop {
    test::PrivateBus bus;
    QDBusConnection server = bus.connect(QStringLiteral("server"));
    FakeNotifications fake;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::MainWindow window{&library};
    StillClock clock;
    gui::ReminderService service{
        settings,
        nullptr,
        [] { return sys_seconds{}; },
        {[](local_seconds t) { return sys_seconds{t.time_since_epoch()}; },
         [](sys_seconds t) { return local_seconds{t.time_since_epoch()}; }}};
    gui::DesktopNotifications notifications;
    gui::ReminderTray tray{window, service, false, &notifications};

    explicit Desktop(bool server_there)
    {
        if (server_there) {
            REQUIRE(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                          QDBusConnection::ExportAllSlots));
            REQUIRE(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
        }
        notifications.set_bus(bus.connect(QStringLiteral("app")));
        window.set_player(new gui::PlayerPage(clock, settings, nullptr));
        window.show();
    }
    void invoke(uint id, const QString& key)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << key;
        REQUIRE(server.send(signal));
    }
};

} // namespace

TEST_CASE("a reminder is a notification with Start NAME and Not today, Start plays the routine",
          "[gui][reminders][desktop]")
{
    Desktop d(true);
    d.tray.show_reminder(QStringLiteral("everyday-ten"));
    REQUIRE(QTest::qWaitFor([&] { return d.notifications.shown_id().has_value(); }, 5000));
    REQUIRE(d.fake.calls.size() == 1);
    const Notified& n = d.fake.calls.front();
    CHECK(n.app_icon == gui::app_id());
    CHECK(n.summary == QStringLiteral("Unknot"));
    CHECK(n.body.contains(QStringLiteral("Everyday ten minutes")));
    CHECK(n.actions == QStringList{QStringLiteral("default"), QString(), QStringLiteral("start"),
                                   QStringLiteral("Start Everyday ten minutes"),
                                   QStringLiteral("not-today"), QStringLiteral("Not today")});
    CHECK(n.hints.contains(QStringLiteral("image-data")));
    CHECK(n.hints.contains(QStringLiteral("desktop-entry")));
    CHECK(n.timeout == 0);          // stays until answered
    CHECK_FALSE(d.tray.question()); // nothing in the window meanwhile

    SECTION("Start")
    {
        d.invoke(99, QStringLiteral("start")); // another program's notification: not ours
        d.invoke(7, QStringLiteral("start"));
        REQUIRE(QTest::qWaitFor([&] { return d.window.player_page()->playing(); }, 5000));
        CHECK(d.window.player_page()->routine_id() == QStringLiteral("everyday-ten"));
    }
    SECTION("Not today")
    {
        d.invoke(7, QStringLiteral("not-today"));
        QTest::qWait(200); // nothing must happen: give the signal time to arrive
        CHECK_FALSE(d.window.player_page()->playing());
        CHECK_FALSE(d.tray.question());
    }
    SECTION("a click on the notification itself asks in the window")
    {
        d.invoke(7, QStringLiteral("default"));
        REQUIRE(QTest::qWaitFor([&] { return d.tray.question() != nullptr; }, 5000));
        CHECK_FALSE(d.window.player_page()->playing());
    }
}

TEST_CASE("with no notification server the reminder asks in the window",
          "[gui][reminders][desktop]")
{
    Desktop d(false);
    d.tray.show_reminder(QStringLiteral("everyday-ten"));
    REQUIRE(QTest::qWaitFor([&] { return d.tray.question() != nullptr; }, 5000));
    CHECK(d.tray.question()->text().contains(QStringLiteral("Everyday ten minutes")));
    CHECK_FALSE(d.notifications.shown_id());
}

#include "desktop_notifications_test.moc"
