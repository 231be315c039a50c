#include "core/history/history_store.h"
#include "gui/builtin_routines.h"
#include "gui/desktop/tray_watch.h"
#include "gui/main_window.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/reminders/reminder_service.h"
#include "gui/reminders/reminder_settings.h"
#include "gui/reminders/reminder_tray.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings_keys.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace std::chrono;
namespace keys = gui::settings_keys;

namespace {

// UTC everywhere: local time is UTC.
TimeZone utc_zone()
{
    return {[](local_seconds t) { return sys_seconds{t.time_since_epoch()}; },
            [](sys_seconds t) { return local_seconds{t.time_since_epoch()}; }};
}

class StillClock : public gui::SessionClock {
public:
    TimePoint now() const override { return TimePoint{} + hours(1); }
};

// 2024-06-17 is a Monday.
const sys_seconds kMonday = sys_days{2024y / June / 17};

struct Fixture {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<HistoryStore> store;
    sys_seconds now = kMonday + 10h;

    Fixture()
    {
        keys::reminder_days.write(settings, 0b0010101); // Mon, Wed, Fri
        keys::reminder_time.write(settings, 18 * 60);
        store = HistoryStore::open((dir.filePath(QStringLiteral("history.sqlite3"))).toStdString())
                    .store;
        REQUIRE(store);
    }
    void practise(const std::string& routine, sys_seconds at)
    {
        REQUIRE(store->begin_session({routine, "A routine", "{}", at, 0, std::nullopt}).ok());
    }
};

} // namespace

TEST_CASE("the reminder comes at the practice time and offers the last routine", "[gui][reminders]")
{
    Fixture f;
    f.practise("everyday-ten", kMonday - days(3));
    gui::ReminderService service(
        f.settings, f.store.get(), [&f] { return f.now; }, utc_zone());
    QSignalSpy reminded(&service, &gui::ReminderService::remind);
    REQUIRE(service.pending() == kMonday + 18h);
    f.now = kMonday + 17h;
    service.check();
    CHECK(reminded.isEmpty());
    f.now = kMonday + 18h + 1s;
    service.check();
    REQUIRE(reminded.size() == 1);
    CHECK(reminded.front().front().toString() == QStringLiteral("everyday-ten"));
    CHECK(service.pending() == kMonday + days(2) + 18h); // Wednesday
}

TEST_CASE("no reminder on a day that already has a session", "[gui][reminders]")
{
    Fixture f;
    gui::ReminderService service(
        f.settings, f.store.get(), [&f] { return f.now; }, utc_zone());
    QSignalSpy reminded(&service, &gui::ReminderService::remind);
    f.practise("mid-back-strength", kMonday + 12h);
    f.now = kMonday + 18h + 5s;
    service.check();
    CHECK(reminded.isEmpty());
    CHECK(service.pending() == kMonday + days(2) + 18h);
}

TEST_CASE("the chosen routine is offered, without a history every day counts", "[gui][reminders]")
{
    Fixture f;
    keys::reminder_routine.write(f.settings, QStringLiteral("upper-back-stretch"));
    gui::ReminderService service(
        f.settings, nullptr, [&f] { return f.now; }, utc_zone());
    QSignalSpy reminded(&service, &gui::ReminderService::remind);
    f.now = kMonday + 18h;
    service.check();
    REQUIRE(reminded.size() == 1);
    CHECK(reminded.front().front().toString() == QStringLiteral("upper-back-stretch"));
}

TEST_CASE("switching reminders off stops them", "[gui][reminders]")
{
    Fixture f;
    gui::ReminderService service(
        f.settings, f.store.get(), [&f] { return f.now; }, utc_zone());
    keys::reminder_days.write(f.settings, 0);
    service.reload();
    CHECK_FALSE(service.pending());
}

TEST_CASE("without a tray the reminder asks in the window and Start plays the routine",
          "[gui][reminders]")
{
    Fixture f;
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::MainWindow window(&library);
    StillClock clock;
    window.set_player(new gui::PlayerPage(clock, f.settings, nullptr));
    window.show();
    gui::ReminderService service(
        f.settings, nullptr, [&f] { return f.now; }, utc_zone());
    gui::ReminderTray tray(window, service, false);
    CHECK_FALSE(tray.tray());
    tray.show_reminder(QStringLiteral("everyday-ten"));
    REQUIRE(tray.question());
    CHECK(tray.question()->isVisible());
    CHECK(tray.question()->text().contains(QStringLiteral("Everyday ten minutes")));
    CHECK(tray.offered() == QStringLiteral("everyday-ten"));
    QAbstractButton* start = nullptr;
    for (QAbstractButton* button : tray.question()->buttons())
        if (button->text() == QStringLiteral("Start"))
            start = button;
    REQUIRE(start);
    start->click();
    CHECK(window.player_page()->playing());
    CHECK(window.player_page()->routine_id() == QStringLiteral("everyday-ten"));
}

TEST_CASE("the reminder settings show and write days, time and routine", "[gui][reminders]")
{
    Fixture f;
    gui::ReminderEnvironment environment;
    environment.routines = {{QStringLiteral("everyday-ten"), QStringLiteral("Everyday ten")}};
    gui::ReminderSettings panel(environment);
    panel.load(f.settings);
    CHECK(panel.day(0)->isChecked());
    CHECK_FALSE(panel.day(1)->isChecked());
    CHECK(panel.time()->time() == QTime(18, 0));
    CHECK(gui::reminder_summary(0b0010101, 18 * 60) ==
          QLocale().createSeparatedList({QLocale().dayName(1, QLocale::ShortFormat),
                                         QLocale().dayName(3, QLocale::ShortFormat),
                                         QLocale().dayName(5, QLocale::ShortFormat)}) +
              QStringLiteral(" at ") + QStringLiteral("18:00"));
    panel.day(1)->setChecked(true);
    panel.day(0)->setChecked(false);
    panel.time()->setTime(QTime(7, 30));
    panel.routine()->setCurrentIndex(1);
    QString error;
    REQUIRE(panel.save(f.settings, &error));
    CHECK(keys::reminder_days.read(f.settings) == 0b0010110);
    CHECK(keys::reminder_time.read(f.settings) == 7 * 60 + 30);
    CHECK(keys::reminder_routine.read(f.settings) == QStringLiteral("everyday-ten"));
}

TEST_CASE("open at login writes and removes the autostart entry in XDG_CONFIG_HOME",
          "[gui][reminders]")
{
    Fixture f;
    QTemporaryDir config;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const gui::ReminderEnvironment environment =
        gui::system_reminder_environment(QStringLiteral("/data dir"), false);
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
    const QString file =
        config.filePath(QStringLiteral("autostart/io.github.unknot.Unknot.desktop"));
    CHECK(environment.autostart_file == file);

    gui::ReminderSettings panel(environment);
    panel.load(f.settings);
    CHECK_FALSE(panel.open_at_login()->isChecked());
    panel.open_at_login()->setChecked(true);
    QString error;
    REQUIRE(panel.save(f.settings, &error));
    QFile entry(file);
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    CHECK(text.contains(QStringLiteral("--data-dir \"/data dir\"")));
    CHECK(text.contains(QStringLiteral("Icon=io.github.unknot.Unknot")));
    entry.close();

    gui::ReminderSettings again(environment);
    again.load(f.settings);
    CHECK(again.open_at_login()->isChecked());
    again.open_at_login()->setChecked(false);
    REQUIRE(again.save(f.settings, &error));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("the autostart entry names the data folder absolutely and passes desktop-file-validate",
          "[gui][reminders]")
{
    Fixture f;
    QTemporaryDir config;
    const QString relative = QStringLiteral("my $HOME \"data\" back\\slash Grüße");
    gui::ReminderEnvironment environment;
    environment.autostart_file = config.filePath(QStringLiteral("autostart/io.x.Unknot.desktop"));
    environment.autostart_arguments =
        gui::autostart_arguments(QStringLiteral("/opt/Un knot/unknot"), relative);
    CHECK(environment.autostart_arguments ==
          QStringList{QStringLiteral("/opt/Un knot/unknot"), QStringLiteral("--data-dir"),
                      QDir::current().absoluteFilePath(relative), QStringLiteral("--background")});
    gui::ReminderSettings panel(environment);
    panel.load(f.settings);
    panel.open_at_login()->setChecked(true);
    QString error;
    REQUIRE(panel.save(f.settings, &error));
    QProcess validate;
    validate.start(QStringLiteral("desktop-file-validate"), {environment.autostart_file});
    INFO("desktop-file-validate (package desktop-file-utils): scripts/deps.sh");
    REQUIRE(validate.waitForFinished(10000));
    INFO(validate.readAll().toStdString());
    CHECK(validate.exitCode() == 0);
    QFile entry(environment.autostart_file);
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    CHECK(text.contains(QStringLiteral("my \\\\$HOME \\\\\"data\\\\\" back\\\\\\\\slash Grüße")));
}

TEST_CASE("with reminders on and a tray, closing hides the window to the tray, once said",
          "[gui][reminders]")
{
    Fixture f; // reminders on Mon, Wed, Fri
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::MainWindow window(&library);
    StillClock clock;
    window.set_player(new gui::PlayerPage(clock, f.settings, nullptr));
    window.show();
    gui::ReminderService service(
        f.settings, nullptr, [&f] { return f.now; }, utc_zone());
    gui::ReminderTray tray(window, service, false, nullptr, &f.settings);
    QSignalSpy hidden(&window, &gui::MainWindow::hidden_to_tray);

    SECTION("no tray: closing closes")
    {
        CHECK_FALSE(tray.waits_in_tray());
        CHECK(window.close());
        CHECK(hidden.isEmpty());
    }
    SECTION("a tray that comes later is used; when it goes, the hidden window comes back")
    {
        tray.set_tray_available(true);
        REQUIRE(tray.tray());
        CHECK(tray.tray()->isVisible());
        CHECK(tray.waits_in_tray());
        CHECK_FALSE(window.close()); // hidden, not closed
        CHECK(window.isHidden());
        CHECK(hidden.size() == 1);
        CHECK(keys::hidden_to_tray_told.read(f.settings)); // said the first time
        tray.set_tray_available(false);
        CHECK_FALSE(tray.tray());
        CHECK(window.isVisible());
        CHECK(window.close());
    }
    SECTION("reminders off: closing closes, even with a tray")
    {
        keys::reminder_days.write(f.settings, 0);
        service.reload();
        tray.set_tray_available(true);
        tray.update_icon();
        CHECK_FALSE(tray.waits_in_tray());
        CHECK(window.close());
    }
}

TEST_CASE("the tray watch says when a tray comes and goes", "[gui][reminders]")
{
    bool there = false;
    gui::TrayWatch watch([&] { return there; }, std::chrono::hours(1));
    QSignalSpy changed(&watch, &gui::TrayWatch::changed);
    CHECK_FALSE(watch.present());
    watch.poll();
    CHECK(changed.isEmpty());
    there = true;
    watch.poll();
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().front().toBool());
    CHECK(watch.present());
    there = false;
    watch.poll();
    CHECK(changed.size() == 2);
}
