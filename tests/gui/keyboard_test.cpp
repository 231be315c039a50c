// Every page can be used from the keyboard alone: Tab and Shift+Tab walk all of its controls in a
// sensible order and come back round (no control keeps the Tab key), the focused control looks
// different, and no two things in a window answer the same Alt+letter.
#include "gui/builtin_routines.h"
#include "gui/desktop/focus_ring.h"
#include "gui/desktop/translations.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/new_exercise_dialog.h"
#include "gui/history/history_page.h"
#include "gui/history/local_clock.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"
#include "gui/player/control_bar.h"
#include "gui/player/player_page.h"
#include "gui/session/session_logger.h"
#include "gui/settings/settings_dialog.h"
#include "history_fixture.h"
#include "player_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <catch2/catch.hpp>

#include <map>

using namespace unknot;

namespace {

QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && name.isEmpty())
        name = button->text();
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

void press(Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget(), key,
                    key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
}

// The focus after each press of `key`, starting from the focus widget, until it comes back to
// where it started (or `limit` presses). A control that keeps the key shows up twice in a row.
std::vector<QWidget*> walk(Qt::Key key, int limit = 60)
{
    std::vector<QWidget*> seen{QApplication::focusWidget()};
    for (int i = 0; i < limit; ++i) {
        press(key);
        QWidget* now = QApplication::focusWidget();
        if (now == seen.front())
            return seen;
        seen.push_back(now);
        if (now == seen[seen.size() - 2])
            return seen; // stuck
    }
    return seen;
}

QString names(const std::vector<QWidget*>& widgets)
{
    QStringList out;
    for (const QWidget* w : widgets)
        out << describe(w);
    return out.join(QStringLiteral("\n  "));
}

bool is_control(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTabBar*>(w);
}

bool inside_a_control(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
    return false;
}

// A tool button out of the Tab order is still used by keyboard through its action's shortcut.
bool has_shortcut(const QWidget* w)
{
    const auto* tool = qobject_cast<const QToolButton*>(w);
    return tool && tool->focusPolicy() == Qt::NoFocus && tool->defaultAction() &&
           !tool->defaultAction()->shortcut().isEmpty();
}

// The controls a person can use on what the window shows now, that Tab must reach.
std::vector<QWidget*> usable_controls(QWidget& root)
{
    std::vector<QWidget*> out;
    for (QWidget* w : root.findChildren<QWidget*>())
        if (is_control(w) && !inside_a_control(w) && w->isVisible() && w->isEnabled() &&
            !w->inherits("QScrollBar") && !has_shortcut(w))
            out.push_back(w);
    return out;
}

// The window around `w` as drawn now.
QImage around(QWidget* w)
{
    const QRect area(w->mapTo(w->window(), QPoint(-4, -4)), w->size() + QSize(8, 8));
    return w->window()->grab(area).toImage();
}

// The focused look: the window around the widget looks different with the focus and without.
bool focus_is_visible(QWidget* w, QWidget* elsewhere)
{
    w->setFocus(Qt::TabFocusReason);
    const QImage focused = around(w);
    elsewhere->setFocus(Qt::TabFocusReason);
    const QImage unfocused = around(w);
    w->setFocus(Qt::TabFocusReason);
    return focused != unfocused;
}

// In the walk, or in a group of exclusive buttons that the walk enters and the arrow keys cross.
bool reached(const std::vector<QWidget*>& walked, QWidget* control)
{
    if (std::find(walked.begin(), walked.end(), control) != walked.end())
        return true;
    auto* button = qobject_cast<QAbstractButton*>(control);
    QButtonGroup* group = button ? button->group() : nullptr;
    if (!group || !group->exclusive())
        return false;
    QWidget* start = QApplication::focusWidget();
    for (QAbstractButton* member : group->buttons()) {
        if (std::find(walked.begin(), walked.end(), member) == walked.end())
            continue;
        member->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < group->buttons().size() && QApplication::focusWidget() != control; ++i)
            press(Qt::Key_Right);
    }
    const bool crossed = QApplication::focusWidget() == control;
    start->setFocus(Qt::TabFocusReason);
    return crossed;
}

struct WalkResult {
    std::vector<QWidget*> forward;
    std::vector<QWidget*> backward;
};

// Walks the current page forwards and backwards and checks what a keyboard user needs.
WalkResult check_walk(QWidget& window, const QString& page)
{
    WalkResult r{walk(Qt::Key_Tab), walk(Qt::Key_Backtab)};
    INFO(page.toStdString() << ": Tab goes\n  " << names(r.forward).toStdString()
                            << "\nShift+Tab goes\n  " << names(r.backward).toStdString());
    CHECK(r.forward.size() >= 2);
    const bool round = r.forward.size() < 60 && r.forward.back() != r.forward[r.forward.size() - 2];
    CHECK(round); // came back to the start: nothing kept the Tab key
    std::vector<QWidget*> reversed(r.forward.begin() + 1, r.forward.end());
    std::reverse(reversed.begin(), reversed.end());
    reversed.insert(reversed.begin(), r.forward.front());
    CHECK(r.backward == reversed); // Shift+Tab is the same way back
    QStringList unreachable;
    for (QWidget* control : usable_controls(window))
        if (!reached(r.forward, control))
            unreachable << describe(control);
    INFO("not reached by Tab:\n  " << unreachable.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unreachable.isEmpty());
    QStringList invisible;
    for (std::size_t i = 0; i < r.forward.size(); ++i)
        if (!focus_is_visible(r.forward[i], r.forward[(i + 1) % r.forward.size()]))
            invisible << describe(r.forward[i]);
    INFO("focus not visible on:\n  " << invisible.join(QStringLiteral("\n  ")).toStdString());
    CHECK(invisible.isEmpty());
    return r;
}

// The letter after a single '&', lower case; none for "&&" or no '&'.
std::optional<QChar> mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return std::nullopt;
}

// Every Alt+letter the window answers now: the menu bar, the tabs, and the visible buttons,
// labels with a buddy and group boxes; more than one owner for a letter is a clash.
QStringList mnemonic_clashes(QWidget& window)
{
    std::map<QChar, QStringList> owners;
    const auto add = [&owners](const QString& text, const QString& owner) {
        if (const auto letter = mnemonic(text))
            owners[*letter] << owner;
    };
    for (QMenuBar* bar : window.findChildren<QMenuBar*>())
        for (QAction* action : bar->actions())
            if (action->isVisible())
                add(action->text(), QStringLiteral("menu ") + action->text());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab ") + tabs->tabText(i));
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text(), describe(w) + QStringLiteral(" ") + button->text());
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text(), QStringLiteral("label ") + label->text());
        if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title(), QStringLiteral("group ") + group->title());
    }
    QStringList clashes;
    for (const auto& [letter, who] : owners)
        if (who.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(letter, who.join(QStringLiteral(", ")));
    return clashes;
}

// The whole window with a week of history, shown and active.
struct Window {
    test::HistoryFixture history;
    QTemporaryDir& dir = history.dir;
    QSettings& settings = history.settings;
    RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    test::ManualClock clock;
    test::Recorded recorded;
    gui::CuePlayer cues{std::make_unique<test::RecordingSound>(recorded),
                        std::make_unique<test::RecordingSpeech>(recorded, clock), nullptr,
                        [this] { return clock.now(); }};
    gui::FocusRing ring;
    gui::SessionLogger logger{history.store.get()};
    gui::MainWindow window{&library};

    Window()
    {
        history.record({});
        history.record({test::kThisMonday + std::chrono::days{1}});
        window.set_player(new gui::PlayerPage(clock, settings, [this] { return &cues; }), &logger,
                          &settings);
        window.set_history(
            new gui::HistoryPage(history.store.get(), settings, [this] { return history.now; }));
        window.set_editor(
            new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only)));
        window.set_settings(&settings, {dir.path(), {}, true, true, {}, {}, {}});
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QTabWidget* tabs() const { return window.findChild<QTabWidget*>(); }
};

} // namespace

TEST_CASE("Tab walks every page of the window and comes back round", "[gui][keyboard]")
{
    Window w;
    QTabWidget* tabs = w.tabs();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Tab); // into the page
        check_walk(w.window, tabs->tabText(i));
    }
}

TEST_CASE("Tab in the library leaves the routine table for the details, Print and Start",
          "[gui][keyboard]")
{
    Window w;
    auto* table = w.window.library_page()->findChild<QAbstractItemView*>();
    REQUIRE(table);
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Down);
    const WalkResult r = check_walk(w.window, QStringLiteral("library"));
    QStringList order;
    for (QWidget* widget : r.forward)
        order << widget->accessibleName();
    INFO(order.join(QStringLiteral(", ")).toStdString());
    const auto at = [&order](const char* name) { return order.indexOf(QLatin1String(name)); };
    CHECK(at("Routines") == 0);
    CHECK(at("Routine details") == 1);
    CHECK(at("Print routine") == 2);
    CHECK(at("Start routine") == 3);
    CHECK(at("Search routines") > 3);
}

TEST_CASE("the pain question, the player and the summary are each walked with Tab",
          "[gui][keyboard]")
{
    Window w;
    REQUIRE(w.window.play(QStringLiteral("everyday-ten")));
    check_walk(w.window, QStringLiteral("pain question"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // skips the question
    REQUIRE(w.window.player_page()->playing());
    check_walk(w.window, QStringLiteral("player"));
    w.window.player_page()->stop();
    REQUIRE_FALSE(w.window.player_page()->isVisible());
    check_walk(w.window, QStringLiteral("summary"));
}

TEST_CASE("the player's buttons take the focus in order and keep the player's keys working",
          "[gui][keyboard]")
{
    Window w;
    gui::settings_keys::ask_pain.write(w.settings, false);
    REQUIRE(w.window.play(QStringLiteral("everyday-ten")));
    gui::ControlBar* controls = w.window.player_page()->controls();
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus == controls->pause_button()); // visible where Space acts
    const WalkResult r = check_walk(w.window, QStringLiteral("player"));
    QStringList order;
    for (QWidget* widget : r.forward)
        order << widget->accessibleName();
    INFO(order.join(QStringLiteral(", ")).toStdString());
    CHECK(order.join(QStringLiteral(", ")) ==
          QStringLiteral("Pause, Back, Skip, This hurts: easier version, skip or end, "
                         "All instructions for this exercise, Stop the session, Sound cues, "
                         "Spoken cues"));
    // Right on a focused button skips, as everywhere in the player, and does not move the focus.
    controls->pause_button()->setFocus(Qt::TabFocusReason);
    const int phase = w.window.player_page()->engine()->phase_index();
    QTest::keyClick(controls->pause_button(), Qt::Key_Right);
    CHECK(w.window.player_page()->engine()->phase_index() == phase + 1);
    CHECK(QApplication::focusWidget() == controls->pause_button());
    QTest::keyClick(controls->pause_button(), Qt::Key_Space);
    CHECK(w.window.player_page()->engine()->paused());
    QTest::keyClick(controls->pause_button(), Qt::Key_Space);
    REQUIRE_FALSE(w.window.player_page()->engine()->paused());
    // A click on Skip skips once; the focus stays on Pause, so Space still pauses.
    auto* skip = controls->findChildren<QPushButton*>().at(2);
    QTest::mouseClick(skip, Qt::LeftButton);
    CHECK(w.window.player_page()->engine()->phase_index() == phase + 2);
    CHECK(QApplication::focusWidget() == controls->pause_button());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(w.window.player_page()->engine()->paused());
    CHECK(w.window.player_page()->engine()->phase_index() == phase + 2);
}

namespace {

// Each page of the main window, the settings dialog's tabs and the new exercise dialog.
void check_mnemonics()
{
    Window w;
    QTabWidget* tabs = w.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == w.window.editor_page())
            w.window.editor_page()->open("everyday-ten");
        const QStringList clashes = mnemonic_clashes(w.window);
        INFO(tabs->tabText(i).toStdString()
             << ": " << clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    gui::SettingsDialog dialog(w.settings, {w.dir.path(), {}, true, true, {}, {}, {}}, &w.window);
    dialog.show();
    auto* settings_tabs = dialog.findChild<QTabWidget*>();
    REQUIRE(settings_tabs);
    for (int i = 0; i < settings_tabs->count(); ++i) {
        settings_tabs->setCurrentIndex(i);
        const QStringList clashes = mnemonic_clashes(dialog);
        INFO(settings_tabs->tabText(i).toStdString()
             << ": " << clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    gui::NewExerciseDialog new_exercise({}, &w.window);
    new_exercise.show();
    INFO("new exercise: " << mnemonic_clashes(new_exercise).join(QLatin1Char('\n')).toStdString());
    CHECK(mnemonic_clashes(new_exercise).isEmpty());
}

} // namespace

TEST_CASE("no two things in a window answer the same Alt+letter", "[gui][keyboard]")
{
    check_mnemonics();
}

TEST_CASE("no two things in a window answer the same Alt+letter in German", "[gui][keyboard]")
{
    gui::Translators translators;
    REQUIRE(gui::install_translations(*qApp, translators, QLocale(QLocale::German)));
    check_mnemonics();
    QCoreApplication::removeTranslator(&translators.unknot);
    QCoreApplication::removeTranslator(&translators.qt);
}

TEST_CASE("Alt+E opens the Edit menu and Alt+I the Editor tab", "[gui][keyboard]")
{
    Window w;
    QTabWidget* tabs = w.tabs();
    QTest::keyClick(&w.window, Qt::Key_I, Qt::AltModifier);
    CHECK(tabs->currentWidget() == w.window.editor_page());
    QTest::keyClick(&w.window, Qt::Key_E, Qt::AltModifier);
    QMenuBar* bar = w.window.menuBar();
    REQUIRE(bar->activeAction());
    CHECK(bar->activeAction()->text() == QStringLiteral("&Edit"));
}
