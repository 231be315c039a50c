// The player as part of the app: its signals for the session log, suspend, the main window.
#include "player_fixture.h"

#include "gui/builtin_routines.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"

#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

TEST_CASE("every engine event reaches session_event in order, framed by started and finished",
          "[gui][player]")
{
    PlayerHarness h;
    QStringList started;
    QObject::connect(h.page.get(), &gui::PlayerPage::session_started,
                     [&started](const QString& id) { started << id; });
    h.start_coached();
    CHECK(started == QStringList{QStringLiteral("player-test")});
    REQUIRE(h.events.size() >= 2);
    CHECK(h.events.front().kind == EventKind::phase_started);
    CHECK(h.events.front().phase == 0);
    for (int i = 0; i < 20 && h.page->playing(); ++i)
        h.wait(10.0);
    h.page->done(); // the self-paced reps
    for (int i = 0; i < 20 && h.page->playing(); ++i)
        h.wait(10.0);
    REQUIRE(h.finished == std::vector<SessionOutcome>{SessionOutcome::completed});
    // The session's end, then what is said about it.
    const auto end = std::find_if(h.events.begin(), h.events.end(), [](const Event& e) {
        return e.kind == EventKind::session_finished;
    });
    REQUIRE(end != h.events.end());
    CHECK(std::all_of(std::next(end), h.events.end(), [](const Event& e) {
        return e.kind == EventKind::cue_due && e.phase == -1;
    }));
    int started_phases = 0;
    TimePoint last{};
    for (const Event& e : h.events) {
        CHECK(e.at >= last);
        last = e.at;
        started_phases += e.kind == EventKind::phase_started;
    }
    CHECK(started_phases == int(h.page->engine()->plan().phases.size()));
}

TEST_CASE("a suspend during a session pauses it instead of running on", "[gui][player]")
{
    PlayerHarness h;
    ClockReading clocks{std::chrono::seconds(100), std::chrono::seconds(100)};
    h.page->set_clock_reader([&clocks] { return clocks; });
    h.start();
    h.wait(5.0 + 10.0);
    REQUIRE(h.big_number() == QStringLiteral("20"));
    clocks.boottime += std::chrono::seconds(1);
    clocks.monotonic += std::chrono::seconds(1);
    h.wait(1.0);
    CHECK_FALSE(h.page->engine()->paused()); // both clocks moved together: no suspend
    CHECK(h.big_number() == QStringLiteral("19"));

    clocks.boottime += std::chrono::minutes(45); // asleep for 45 minutes
    clocks.monotonic += std::chrono::milliseconds(300);
    h.wait(0.3);
    CHECK(h.page->engine()->paused());
    CHECK(h.big_number() == QStringLiteral("19"));
    CHECK(h.page->view()->notice().contains(QStringLiteral("asleep")));
    h.wait(30.0);
    CHECK(h.big_number() == QStringLiteral("19"));

    h.page->toggle_pause();
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.page->view()->notice().isEmpty());
    h.wait(4.0);
    CHECK(h.big_number() == QStringLiteral("15"));
}

TEST_CASE("Start in the library plays the routine and the end of the session returns there",
          "[gui][player]")
{
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    PlayerHarness h;
    gui::CuePlayer silent(nullptr, nullptr);
    gui::MainWindow window(&library);
    auto* player = new gui::PlayerPage(h.clock, *h.settings, [&silent] { return &silent; });
    window.set_player(player);
    window.show();
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    QWidget* tabs = stack->currentWidget();

    window.library_page()->select(QStringLiteral("everyday-ten"));
    auto* table = window.library_page()->findChild<QTableView*>();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(stack->currentWidget() == player);
    REQUIRE(player->playing());
    CHECK(player->routine_id() == QStringLiteral("everyday-ten"));
    const Phase* first = player->engine()->current_phase();
    REQUIRE(first);
    CHECK(player->view()->header()->title() == QString::fromStdString(first->title));

    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(player, Qt::Key_Escape);
    CHECK_FALSE(player->playing());
    CHECK(stack->currentWidget() == tabs);
    CHECK(window.focusWidget() == table); // Enter starts the next session straight away

    CHECK_FALSE(window.play(QStringLiteral("no-such-routine")));
    CHECK(stack->currentWidget() == tabs);
}

TEST_CASE("every shipped routine can be followed to the end with the keyboard alone",
          "[gui][player]")
{
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    PlayerHarness h;
    for (const LibraryRoutine& entry : library.routines()) {
        INFO(entry.routine.id);
        h.finished.clear();
        h.page->start(QString::fromStdString(entry.routine.id),
                      build_plan(entry.routine, library.lookup()));
        for (int i = 0; i < 2000 && h.page->playing(); ++i) {
            const Phase* phase = h.page->engine()->current_phase();
            if (phase && phase->self_paced())
                QTest::keyClick(h.page.get(), Qt::Key_Return);
            else
                h.wait(1.0);
        }
        CHECK(h.finished == std::vector<SessionOutcome>{SessionOutcome::completed});
    }
}
