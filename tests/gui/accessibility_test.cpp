// Every control a person can reach has a name and a description a screen reader can say, and the
// player tells assistive technology when the countdown and the phase change.
#include "gui/builtin_routines.h"
#include "gui/editor/editor_page.h"
#include "gui/history/history_page.h"
#include "gui/history/local_clock.h"
#include "gui/main_window.h"
#include "gui/player/announcer.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/settings/settings_dialog.h"
#include "player_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

class StillClock : public gui::SessionClock {
public:
    TimePoint now() const override { return now_; }
    void advance(double seconds) { now_ += to_duration(seconds); }

private:
    TimePoint now_ = TimePoint{} + std::chrono::hours(1);
};

bool is_control(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w);
}

// Parts of a control (a spin box's line edit) and the standard OK / Cancel buttons.
bool part_of_a_control(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QDialogButtonBox*>(p) ||
            p->inherits("QTabBar"))
            return true;
    return false;
}

// "ClassName 'objectName' (text)" for each reachable control without a name or a description.
QStringList unnamed_controls(QWidget& root)
{
    QStringList missing;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!is_control(w) || w->focusPolicy() == Qt::NoFocus || part_of_a_control(w) ||
            w->inherits("QScrollBar"))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const QString description = iface ? iface->text(QAccessible::Description) : QString();
        if (name.trimmed().isEmpty() || description.trimmed().isEmpty())
            missing << QStringLiteral("%1 '%2' name=[%3] description=[%4]")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                name, description);
    }
    return missing;
}

} // namespace

TEST_CASE("every control on every page has an accessible name and description",
          "[gui][accessibility]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    StillClock clock;
    gui::MainWindow window(&library);
    window.set_player(new gui::PlayerPage(clock, settings, nullptr));
    window.set_editor(
        new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only)));
    window.set_history(new gui::HistoryPage(nullptr, settings, gui::system_local_now));
    window.show();
    QStringList missing = unnamed_controls(window);
    gui::SettingsDialog dialog(settings, {dir.path(), {}, true, true, {}, {}, {}}, &window);
    missing << unnamed_controls(dialog);
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

namespace {

QString accessible(QObject* object, QAccessible::Text text)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(text) : QString();
}

} // namespace

// Qt sends NameChanged / DescriptionChanged / ValueChanged to assistive technology when these
// change; offscreen, QAccessible is never active, so the test reads what a screen reader would.
TEST_CASE("the player tells screen readers the countdown and each new phase",
          "[gui][accessibility]")
{
    test::PlayerHarness h;
    h.start();
    QObject* countdown = h.page->view()->countdown();
    QObject* header = h.header();
    QObject* view = h.page->view();
    CHECK(accessible(countdown, QAccessible::Name) == QStringLiteral("Countdown"));
    CHECK(accessible(header, QAccessible::Name) == QStringLiteral("Phase"));
    h.wait(1.0);
    CHECK(accessible(countdown, QAccessible::Description).contains(QStringLiteral(" 4")));
    const QString lead_in = accessible(view, QAccessible::Description);
    h.wait(4.0); // the lead-in ends: the hold of the left side begins
    REQUIRE(h.phase() == 1);
    const QString hold = accessible(view, QAccessible::Description);
    CHECK(hold != lead_in);
    CHECK(hold.startsWith(h.caption() + QStringLiteral(": ")));
    CHECK(hold.contains(QStringLiteral("Side stretch")));
    CHECK(hold.contains(h.header()->side_text()));
    CHECK(hold.contains(h.header()->set_text()));
    CHECK(accessible(countdown, QAccessible::Description).contains(QStringLiteral(" 30")));
}

// What a screen reader is told during a session: each phase as it starts with its seconds, the
// countdown at 10, 5, 3, 2, 1 (once each, however often the player redraws), pausing and going
// on. (Offscreen no event reaches a bridge: tests/scripts/atspi_player_test.py listens on AT-SPI.)
TEST_CASE("the player announces each phase and the last seconds, once each", "[gui][accessibility]")
{
    test::PlayerHarness h;
    QStringList said;
    QObject::connect(h.page->view()->announcer(), &gui::Announcer::announced,
                     [&said](const QString& line) { said << line; });
    h.start();
    for (int i = 0; i < 360; ++i) // the lead-in and the first hold, redrawn every 0.1 s
        h.wait(0.1);
    REQUIRE(said.size() >= 10);
    CHECK(said[0].startsWith(QStringLiteral("GET READY: ")));
    CHECK(said[0].endsWith(QStringLiteral(", 5 seconds")));
    CHECK(said.mid(1, 3) ==
          QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")});
    CHECK(said[4].startsWith(QStringLiteral("HOLD: Side stretch")));
    CHECK(said[4].endsWith(QStringLiteral(", 30 seconds")));
    CHECK(said.mid(5, 5) == QStringList{QStringLiteral("10"), QStringLiteral("5"),
                                        QStringLiteral("3"), QStringLiteral("2"),
                                        QStringLiteral("1")});

    said.clear();
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    h.wait(1.0);
    REQUIRE(said.size() == 1);
    CHECK(said[0].startsWith(QStringLiteral("PAUSED: ")));
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    REQUIRE(said.size() == 2);
    CHECK(said[1].contains(QStringLiteral(" seconds")));
    h.wait(0.1);
    CHECK(said.size() == 2); // nothing new to say
}

TEST_CASE("a stalled player says the number it shows when it passes a mark", "[gui][accessibility]")
{
    test::PlayerHarness h;
    QStringList said;
    QObject::connect(h.page->view()->announcer(), &gui::Announcer::announced,
                     [&said](const QString& line) { said << line; });
    h.start();
    h.wait(5.0); // the hold begins
    said.clear();
    h.wait(20.5); // 9.5 s left: one late redraw
    h.wait(6.0);  // 3.5 s left
    CHECK(said == QStringList{QStringLiteral("10"), QStringLiteral("4")});
}
