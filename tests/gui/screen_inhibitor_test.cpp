// The screen is kept awake while a session runs and let go while it is paused or over, through
// the first service that answers on the session bus: the portal, then org.freedesktop.ScreenSaver,
// then GNOME's session manager. Fakes of the three record the calls on a private dbus-daemon.
#include "gui/desktop/screen_inhibitor.h"
#include "player_fixture.h"
#include "private_bus.h"

#include <QDBusObjectPath>
#include <QTest>
#include <QVariantMap>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    explicit FakeScreenSaver(QStringList& log) : log_(log) {}
public slots:
    uint Inhibit(const QString& app, const QString& reason)
    {
        log_ << QStringLiteral("ScreenSaver.Inhibit %1 (%2) -> %3").arg(app, reason).arg(++cookie_);
        return cookie_;
    }
    void UnInhibit(uint cookie) { log_ << QStringLiteral("ScreenSaver.UnInhibit %1").arg(cookie); }

private:
    QStringList& log_;
    uint cookie_ = 40;
};

class FakeGnomeSession : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.SessionManager")
public:
    explicit FakeGnomeSession(QStringList& log) : log_(log) {}
public slots:
    uint Inhibit(const QString& app, uint, const QString& reason, uint flags)
    {
        log_ << QStringLiteral("Gnome.Inhibit %1 (%2) flags %3 -> %4")
                    .arg(app, reason)
                    .arg(flags)
                    .arg(++cookie_);
        return cookie_;
    }
    void Uninhibit(uint cookie) { log_ << QStringLiteral("Gnome.Uninhibit %1").arg(cookie); }

private:
    QStringList& log_;
    uint cookie_ = 70;
};

class FakeRequest : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")
public:
    FakeRequest(QStringList& log, QString path, QObject* parent)
        : QObject(parent), log_(log), path_(std::move(path))
    {}
public slots:
    void Close() { log_ << QStringLiteral("Request.Close ") + path_; }

private:
    QStringList& log_;
    QString path_;
};

class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Inhibit")
public:
    FakePortal(QStringList& log, QDBusConnection bus) : log_(log), bus_(std::move(bus)) {}
public slots:
    QDBusObjectPath Inhibit(const QString&, uint flags, const QVariantMap& options)
    {
        const QString path =
            QStringLiteral("/org/freedesktop/portal/desktop/request/1_1/t%1").arg(++requests_);
        bus_.registerObject(path, new FakeRequest(log_, path, this),
                            QDBusConnection::ExportAllSlots);
        log_ << QStringLiteral("Portal.Inhibit flags %1 (%2) -> %3")
                    .arg(flags)
                    .arg(options.value(QStringLiteral("reason")).toString(), path);
        return QDBusObjectPath(path);
    }

private:
    QStringList& log_;
    QDBusConnection bus_;
    int requests_ = 0;
};

enum Offered { portal = 1, screen_saver = 2, gnome = 4 };

// The services on a private bus, and a player whose inhibitor asks that bus.
struct Desktop {
    test::PrivateBus bus;
    QDBusConnection services = bus.connect(QStringLiteral("services"));
    QStringList log;
    FakePortal fake_portal{log, services};
    FakeScreenSaver fake_screen_saver{log};
    FakeGnomeSession fake_gnome{log};
    test::PlayerHarness h;

    explicit Desktop(int offered)
    {
        const auto offer = [this](const char* name, const char* path, QObject* object) {
            REQUIRE(services.registerObject(QLatin1String(path), object,
                                            QDBusConnection::ExportAllSlots));
            REQUIRE(services.registerService(QLatin1String(name)));
        };
        if (offered & portal)
            offer("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                  &fake_portal);
        if (offered & screen_saver)
            offer("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                  &fake_screen_saver);
        if (offered & gnome)
            offer("org.gnome.SessionManager", "/org/gnome/SessionManager", &fake_gnome);
        h.page->screen_inhibitor()->set_bus(bus.connect(QStringLiteral("app")));
    }
    // Waits (with a deadline) for the services to have been called `calls` times in all.
    bool called(int calls)
    {
        return QTest::qWaitFor([&] { return log.size() >= calls; }, 5000);
    }
    void space() { QTest::keyClick(h.page.get(), Qt::Key_Space); }
};

} // namespace

TEST_CASE("the portal keeps the screen awake while a session runs, not while it is paused",
          "[gui][desktop]")
{
    Desktop d(portal | screen_saver | gnome);
    d.h.start();
    REQUIRE(d.called(1));
    CHECK(d.log[0] == QStringLiteral("Portal.Inhibit flags 8 (Following an exercise routine) -> "
                                     "/org/freedesktop/portal/desktop/request/1_1/t1"));
    REQUIRE(QTest::qWaitFor([&] { return d.h.page->screen_inhibitor()->held(); }, 5000));
    d.space(); // pause: a forgotten paused session must not keep the screen from locking
    REQUIRE(d.called(2));
    CHECK(d.log[1] ==
          QStringLiteral("Request.Close /org/freedesktop/portal/desktop/request/1_1/t1"));
    d.space(); // and on again
    REQUIRE(d.called(3));
    CHECK(d.log[2].startsWith(QStringLiteral("Portal.Inhibit flags 8")));
    REQUIRE(QTest::qWaitFor([&] { return d.h.page->screen_inhibitor()->held(); }, 5000));
    d.h.page->stop();
    REQUIRE(d.called(4));
    CHECK(d.log[3] ==
          QStringLiteral("Request.Close /org/freedesktop/portal/desktop/request/1_1/t2"));
    CHECK(d.log.size() == 4); // ScreenSaver and GNOME never asked
}

TEST_CASE("without the portal org.freedesktop.ScreenSaver is asked, then GNOME's session manager",
          "[gui][desktop]")
{
    SECTION("ScreenSaver")
    {
        Desktop d(screen_saver | gnome);
        d.h.start();
        REQUIRE(d.called(1));
        CHECK(d.log[0] ==
              QStringLiteral("ScreenSaver.Inhibit io.github.unknot.Unknot (Following an exercise "
                             "routine) -> 41"));
        REQUIRE(QTest::qWaitFor([&] { return d.h.page->screen_inhibitor()->held(); }, 5000));
        d.space();
        REQUIRE(d.called(2));
        CHECK(d.log[1] == QStringLiteral("ScreenSaver.UnInhibit 41"));
    }
    SECTION("GNOME")
    {
        Desktop d(gnome);
        d.h.start();
        REQUIRE(d.called(1));
        CHECK(
            d.log[0] ==
            QStringLiteral("Gnome.Inhibit io.github.unknot.Unknot (Following an exercise routine) "
                           "flags 8 -> 71"));
        REQUIRE(QTest::qWaitFor([&] { return d.h.page->screen_inhibitor()->held(); }, 5000));
        d.h.page->stop();
        REQUIRE(d.called(2));
        CHECK(d.log[1] == QStringLiteral("Gnome.Uninhibit 71"));
    }
}

TEST_CASE("with no service to ask the session runs on and nothing is held", "[gui][desktop]")
{
    Desktop d(0);
    d.h.start();
    REQUIRE(d.h.page->screen_inhibitor()->asking());
    // Each service is asked in turn; the bus answers that none is there.
    CHECK(QTest::qWaitFor([&] { return !d.h.page->screen_inhibitor()->asking(); }, 5000));
    CHECK_FALSE(d.h.page->screen_inhibitor()->held());
    d.h.wait(3.0);
    CHECK(d.h.page->playing());
}

#include "screen_inhibitor_test.moc"
