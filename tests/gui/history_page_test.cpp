// The history page driven offscreen with keys and clicks, on a history file with sessions at
// chosen local times.
#include "gui/desktop/palettes.h"
#include "gui/history/day_strip.h"
#include "gui/history/exercise_stats_model.h"
#include "gui/history/history_page.h"
#include "gui/history/history_text.h"
#include "gui/history/routine_stats_model.h"
#include "gui/history/session_detail.h"
#include "gui/history/session_table_model.h"
#include "gui/history/step_table_model.h"
#include "gui/history/trend_chart.h"
#include "gui/history/week_summary_panel.h"
#include "history_fixture.h"
#include "layout_facts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;
using std::chrono::days;

namespace {

// Two sessions this week (Monday and Wednesday morning), one last week, one five weeks ago.
void seed(HistoryFixture& h)
{
    h.record({.day = kThisMonday, .notes = "tight between the shoulder blades"});
    h.record({.day = kThisMonday + days{2}, .time_of_day = 7h, .pain_before = 5, .pain_after = 4});
    h.record({.day = kThisMonday - days{3}, .routine_id = "wall", .title = "Wall stretch"});
    h.record({.day = kThisMonday - days{35}});
}

void select_row(HistoryPage& page, int row)
{
    QTableView* view = page.sessions_view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
}

} // namespace

TEST_CASE("the week view: sessions against the goal, days, minutes, pain, streaks",
          "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    CHECK(page.current_view() != nullptr);
    CHECK(page.shown_week() == kThisMonday);
    CHECK(page.summary_panel()->headline() == QStringLiteral("2 of 3 sessions this week"));
    CHECK(page.summary_panel()->message() == QStringLiteral("One more session reaches your goal."));
    CHECK(page.summary_panel()->day_strip()->sessions() == std::array<int, 7>{1, 0, 1, 0, 0, 0, 0});
    CHECK(page.sessions_model()->rowCount() == 2);
    CHECK(page.trend_chart()->weeks().size() == 12);
    CHECK(page.trend_chart()->weeks().back().sessions == 2);
    CHECK(page.routines_model()->rowCount() == 2);
    // The latest session is selected and shown.
    CHECK(page.detail()->steps_model()->rowCount() == 3);
}

TEST_CASE("Alt+Left, Alt+Right and Alt+Home move between weeks", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    page.sessions_view()->setFocus();
    h.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(page.shown_week() == kThisMonday - days{7});
    CHECK(page.summary_panel()->headline() == QStringLiteral("1 of 3 sessions that week"));
    CHECK(page.sessions_model()->rowCount() == 1);
    CHECK(page.trend_chart()->weeks().back().start == kThisMonday - days{7});
    h.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(page.summary_panel()->headline() == QStringLiteral("0 of 3 sessions that week"));
    CHECK(page.summary_panel()->message().startsWith(QStringLiteral("No sessions that week.")));
    CHECK(page.detail()->session_id() == 0);
    h.key(Qt::Key_Right, Qt::AltModifier);
    CHECK(page.shown_week() == kThisMonday - days{7});
    h.key(Qt::Key_Left, Qt::AltModifier);
    h.key(Qt::Key_Left, Qt::AltModifier);
    h.key(Qt::Key_Home, Qt::AltModifier);
    CHECK(page.shown_week() == kThisMonday);
    // There is nothing after this week.
    h.key(Qt::Key_Right, Qt::AltModifier);
    CHECK(page.shown_week() == kThisMonday);
    const auto* next = page.findChild<QAction*>(QStringLiteral("next_week"));
    CHECK_FALSE(next->isEnabled());
    CHECK(next->toolTip().contains(QStringLiteral("Alt+Right")));
}

TEST_CASE("weeks can start on Sunday", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    h.record({.day = kThisMonday - days{1}, .time_of_day = 23h + 30min}); // Sunday night
    h.settings.setValue(settings_keys::history_first_day_of_week(), 7);
    HistoryPage& page = h.open_page();
    CHECK(page.shown_week() == kThisMonday - days{1});
    CHECK(page.summary_panel()->day_strip()->sessions() == std::array<int, 7>{1, 1, 0, 1, 0, 0, 0});
    CHECK(page.summary_panel()->headline() ==
          QStringLiteral("Goal met: 3 sessions this week (goal 3)"));
    CHECK(page.summary_panel()->message() == QStringLiteral("Goal reached. Well done!"));
    // Every day with sessions shows how many, the same way: a number, never a mix of ✓ and numbers.
    const DayStrip* strip = page.summary_panel()->day_strip();
    CHECK(strip->mark_text(0) == QStringLiteral("1"));
    CHECK(strip->mark_text(1) == QStringLiteral("1"));
    CHECK(strip->mark_text(2).isEmpty());
}

// A day without a session is an empty ring: it must show in the dark palette as in the light one
// (it was the button colour darkened, which in the dark palette is the window's own colour).
TEST_CASE("the rings of days without a session show in both palettes", "[history_page]")
{
    for (const QPalette& palette : {light_palette(), dark_palette()}) {
        DayStrip strip;
        strip.setPalette(palette);
        strip.resize(strip.sizeHint());
        strip.set_week(kThisMonday, {1, 0, 0, 0, 0, 0, 0}, kThisMonday + days{2});
        const QImage image = strip.grab().toImage();
        const int line = strip.fontMetrics().height();
        const int cell = strip.width() / 7;
        const QColor window = palette.color(QPalette::Window);
        for (int day : {1, 4}) { // Tuesday, gone by; Friday, still to come
            const QRect ring(day * cell + 2, line + 4, cell - 4,
                             34); // below the name, above the date
            INFO("day " << day << " on window " << window.name().toStdString());
            CHECK(strongest_contrast(image, ring, window) >= 3.0);
        }
    }
}

TEST_CASE("selecting a session shows its steps and notes as plain text", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    select_row(page, 0);
    SessionDetail* detail = page.detail();
    CHECK(detail->notes_edit()->toPlainText() ==
          QStringLiteral("tight between the shoulder blades"));
    CHECK(detail->title_label()->textFormat() == Qt::PlainText);
    CHECK(detail->title_label()->text().startsWith(QStringLiteral("Desk reset · Monday")));
    StepTableModel* steps = detail->steps_model();
    REQUIRE(steps->rowCount() == 3);
    const auto cell = [&](int row, int column) {
        return steps->data(steps->index(row, column)).toString();
    };
    CHECK(cell(1, StepTableModel::exercise) == QStringLiteral("Wall angels"));
    CHECK(cell(1, StepTableModel::target) == QStringLiteral("10 reps"));
    CHECK(cell(1, StepTableModel::actual) == QStringLiteral("8 reps"));
    CHECK(cell(2, StepTableModel::outcome) == QStringLiteral("Stopped for pain"));
    // Keys move the selection too.
    h.key(Qt::Key_Down);
    CHECK(detail->notes_edit()->toPlainText().isEmpty());
}

TEST_CASE("edited notes are saved to the log and undone", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    select_row(page, 0);
    const qint64 id = page.detail()->session_id();
    QPlainTextEdit* notes = page.detail()->notes_edit();
    notes->setFocus();
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("better, \"much\" looser"));
    CHECK(page.detail()->save_button()->isEnabled());
    h.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(h.store->session(id).value.notes == "better, \"much\" looser");
    CHECK_FALSE(page.detail()->save_button()->isEnabled());
    CHECK(page.undo_stack()->count() == 1);

    page.sessions_view()->setFocus();
    h.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(h.store->session(id).value.notes == "tight between the shoulder blades");
    CHECK(notes->toPlainText() == QStringLiteral("tight between the shoulder blades"));
    h.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(h.store->session(id).value.notes == "better, \"much\" looser");

    // Notes typed and left unsaved are saved when another session is selected.
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(notes, QStringLiteral(" ok"));
    select_row(page, 1);
    CHECK(h.store->session(id).value.notes == "better, \"much\" looser ok");
    CHECK(page.undo_stack()->count() == 2);
}

TEST_CASE("undoing a change to another week's notes shows that week", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    select_row(page, 0);
    const qint64 id = page.detail()->session_id();
    page.detail()->notes_edit()->setPlainText(QStringLiteral("edited"));
    page.detail()->save_button()->click();
    page.previous_week();
    page.undo_stack()->undo();
    CHECK(page.shown_week() == kThisMonday);
    CHECK(page.detail()->session_id() == id);
    CHECK(page.detail()->notes_edit()->toPlainText() ==
          QStringLiteral("tight between the shoulder blades"));
}

TEST_CASE("a session is deleted with the Delete key and comes back with undo", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    select_row(page, 0);
    const qint64 id = page.detail()->session_id();
    h.key(Qt::Key_Delete);
    CHECK_FALSE(h.store->session(id).ok());
    CHECK(page.sessions_model()->rowCount() == 1);
    CHECK(page.summary_panel()->headline() == QStringLiteral("1 of 3 sessions this week"));
    CHECK(page.status_label()->text().contains(QStringLiteral("Ctrl+Z")));
    CHECK(page.undo_stack()->undoText().startsWith(QStringLiteral("Delete session “Desk reset”")));

    h.key(Qt::Key_Z, Qt::ControlModifier);
    const auto restored = h.store->session(id);
    REQUIRE(restored.ok());
    CHECK(restored.value.steps.size() == 3);
    CHECK(restored.value.notes == "tight between the shoulder blades");
    CHECK(page.sessions_model()->rowCount() == 2);
    CHECK(page.detail()->session_id() == id);
    CHECK(page.summary_panel()->headline() == QStringLiteral("2 of 3 sessions this week"));

    // The button does the same.
    page.detail()->delete_button()->click();
    CHECK_FALSE(h.store->session(id).ok());
}

TEST_CASE("an empty week and the weekly goal setting", "[history_page]")
{
    HistoryFixture h;
    h.record({.day = kThisMonday - days{7}});
    HistoryPage& page = h.open_page();
    CHECK(page.summary_panel()->headline() == QStringLiteral("0 of 3 sessions this week"));
    CHECK(page.summary_panel()->message().startsWith(QStringLiteral("No sessions yet this week.")));
    CHECK(page.detail()->title_label()->text().startsWith(QStringLiteral("Select a session")));
    QSpinBox* goal = page.summary_panel()->goal_box();
    CHECK(goal->text() == QStringLiteral("Automatic (3)"));
    goal->setValue(1);
    CHECK(h.settings.value(settings_keys::history_weekly_goal()).toInt() == 1);
    CHECK(page.summary_panel()->headline() == QStringLiteral("0 of 1 sessions this week"));
    page.previous_week();
    CHECK(page.summary_panel()->message() == QStringLiteral("Goal reached that week."));
}

TEST_CASE("the automatic goal is the weekly target of the routine played most", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    page.set_weekly_targets([](const std::string& id) {
        return id == "desk-reset" ? std::optional<int>(2) : std::optional<int>(5);
    });
    CHECK(page.summary_panel()->headline() ==
          QStringLiteral("Goal met: 2 sessions this week (goal 2)"));
    CHECK(page.summary_panel()->goal_box()->text() == QStringLiteral("Automatic (2)"));
}

TEST_CASE("the first run shows how to start", "[history_page]")
{
    HistoryFixture h;
    HistoryPage& page = h.open_page();
    QPushButton* go = page.findChild<QPushButton*>(QStringLiteral("go_to_library"));
    REQUIRE(go);
    CHECK(go->isVisible());
    CHECK_FALSE(page.summary_panel()->isVisible());
    QSignalSpy requested(&page, &HistoryPage::library_requested);
    go->click();
    CHECK(requested.count() == 1);
    // The first session recorded elsewhere appears when the page is shown again.
    h.record({.day = kThisMonday});
    page.hide();
    page.show();
    CHECK(page.summary_panel()->isVisible());
    CHECK(page.summary_panel()->headline() == QStringLiteral("1 of 3 sessions this week"));
}

TEST_CASE("without a session log the page says so", "[history_page]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    HistoryPage page(nullptr, settings, [] { return local_seconds{}; });
    page.show();
    const QList<QLabel*> labels = page.current_view()->findChildren<QLabel*>();
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(labels.front()->text() == QStringLiteral("The session history is not available"));
}

TEST_CASE("Export writes the history as CSV, an unwritable path says why", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    const QString path = h.dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(page.export_to(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.front().startsWith("session_id,routine_id,routine_title"));
    CHECK(lines.size() == 1 + 4 * 3 + 1); // header, 3 steps each, the empty end
    CHECK(page.status_label()->text().contains(QStringLiteral("export.csv")));
    CHECK_FALSE(page.export_to(h.dir.filePath(QStringLiteral("export.csv/x.csv"))));
    CHECK(page.status_label()->text().contains(QStringLiteral("Not a directory")));
}

TEST_CASE("a screenshot of the history page", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    for (int week = 2; week < 12; ++week) {
        for (int i = 0; i < (week * 7) % 5; ++i)
            h.record({.day = kThisMonday - days{7 * week - i},
                      .pain_before = 7 - week % 3,
                      .pain_after = std::max(1, 6 - week / 2),
                      .active_seconds = 500.0 + 90 * i});
    }
    HistoryPage& page = h.open_page();
    page.reload();
    const QImage shot = page.grab().toImage();
    CHECK(shot.width() == page.width());
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    const QDir output(QStringLiteral(UNKNOT_TEST_OUTPUT));
    CHECK(shot.save(output.filePath(QStringLiteral("history.png"))));

    // A dark palette: the chart and the day strip draw in its colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(28, 28, 30));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 50));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    dark.setColor(QPalette::Button, QColor(50, 50, 55));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(80, 150, 230));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    page.setPalette(dark);
    const QImage chart = page.trend_chart()->grab().toImage();
    CHECK(chart.pixelColor(2, chart.height() - 2).lightness() < 80); // dark, not white
    CHECK(page.grab().toImage().save(output.filePath(QStringLiteral("history-dark.png"))));
}

TEST_CASE("the week's standing is said as a person would", "[history_page]")
{
    CHECK(week_standing_text(11, 3, true) ==
          QStringLiteral("Goal met: 11 sessions this week (goal 3)"));
    CHECK(week_standing_text(1, 1, true) ==
          QStringLiteral("Goal met: 1 session this week (goal 1)"));
    CHECK(week_standing_text(4, 3, false) ==
          QStringLiteral("Goal met: 4 sessions that week (goal 3)"));
    CHECK(week_standing_text(2, 3, true) == QStringLiteral("2 of 3 sessions this week"));
    CHECK(week_standing_text(0, 3, false) == QStringLiteral("0 of 3 sessions that week"));
}

TEST_CASE("at the window's default size the week's sessions show eight rows", "[history_page]")
{
    HistoryFixture h;
    for (int i = 0; i < 12; ++i)
        h.record({.day = kThisMonday + days{i % 3}, .time_of_day = 7h + std::chrono::hours(i)});
    HistoryPage& page = h.open_page();
    page.resize(1100, 640); // the page in a 1100x720 window, below the menus and tabs
    settle();
    page.grab().save(QStringLiteral(UNKNOT_TEST_OUTPUT "/history-1100x640.png"));
    QTableView* sessions = page.sessions_view();
    REQUIRE(sessions->model()->rowCount() == 12);
    const int row_height = sessions->rowHeight(0);
    const int shown = sessions->viewport()->height() / row_height;
    INFO("rows shown: " << shown);
    CHECK(shown >= 8); // six before
}

namespace {

StepRecord sided_step(StepSide side, StepOutcome outcome)
{
    StepRecord step;
    step.exercise_id = "thread-the-needle";
    step.exercise_name = "Thread the needle";
    step.kind = StepKind::hold;
    step.side = side;
    step.target_seconds = 30;
    step.active_seconds = outcome == StepOutcome::done ? 30 : 0;
    step.outcome = outcome;
    return step;
}

QString cell(QTableView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("how each exercise is going: sessions, stops, pain change and sides, in words",
          "[history_page]")
{
    HistoryFixture h;
    // Each session: "Thoracic extension" (ex-0) done, "Wall angels" done, and ex-2 stopped with
    // "this hurts"; the sided exercise's right side is skipped once.
    h.record({.pain_before = 6,
              .pain_after = 3,
              .extra_steps = {sided_step(StepSide::left, StepOutcome::done),
                              sided_step(StepSide::right, StepOutcome::done)}});
    h.record({.day = kThisMonday + days{1},
              .pain_before = 5,
              .pain_after = 5,
              .extra_steps = {sided_step(StepSide::left, StepOutcome::done),
                              sided_step(StepSide::right, StepOutcome::skipped)}});
    h.record({.day = kThisMonday + days{2}, .pain_before = {}, .pain_after = {}, .steps = 1});
    HistoryPage& page = h.open_page();
    auto* view = page.findChild<QTableView*>(QStringLiteral("exercises_view"));
    REQUIRE(view);
    CHECK_FALSE(view->isVisible());
    CHECK(view->model()->rowCount() == 0); // read when its tab is first shown
    QTabBar* tabs = page.totals_tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    CHECK(view->isVisible());
    REQUIRE(view->model()->rowCount() == 4);
    using C = ExerciseStatsModel::Column;
    // Most sessions first; the pain change is over the two rated days only.
    CHECK(cell(view, 0, C::exercise) == QStringLiteral("Thoracic extension"));
    CHECK(cell(view, 0, C::sessions) == QStringLiteral("3"));
    CHECK(cell(view, 0, C::pain_change) == QStringLiteral("−1.5"));
    CHECK(cell(view, 0, C::sides) == QStringLiteral("–"));
    CHECK(cell(view, 1, C::exercise) == QStringLiteral("Thread the needle"));
    CHECK(cell(view, 1, C::sessions) == QStringLiteral("2"));
    CHECK(cell(view, 1, C::sides) == QStringLiteral("left 2 of 2, right 1 of 2"));
    CHECK(cell(view, 2, C::exercise) == QStringLiteral("Wall angels"));
    // The exercise stopped each time was never done: no sessions, two stops, no pain change.
    CHECK(cell(view, 3, C::sessions) == QStringLiteral("0"));
    CHECK(cell(view, 3, C::hurt_stops) == QStringLiteral("2"));
    CHECK(cell(view, 3, C::pain_change) == QStringLiteral("–"));
    CHECK(view->model()->index(1, C::pain_change).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Pain after the session was on average −1.5 points from before, over "
                         "the days it was done and rated (2)"));
    // A new session shows when the page is read again (as after a session ends).
    h.record({.day = kThisMonday + days{2},
              .time_of_day = 18h,
              .extra_steps = {sided_step(StepSide::left, StepOutcome::stopped_for_pain)}});
    page.reload();
    CHECK(cell(view, 1, C::exercise) == QStringLiteral("Wall angels")); // now 3 sessions
    CHECK(cell(view, 2, C::exercise) == QStringLiteral("Thread the needle"));
    CHECK(cell(view, 2, C::sessions) == QStringLiteral("2")); // stopped is not done
    CHECK(cell(view, 2, C::hurt_stops) == QStringLiteral("1"));
    CHECK(cell(view, 2, C::sides) == QStringLiteral("left 2 of 3, right 1 of 2"));
    // Arrow keys move through the rows; Tab leaves the table.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    h.key(Qt::Key_Down);
    CHECK(view->currentIndex().row() == 1);
    const QDir output(QStringLiteral(UNKNOT_TEST_OUTPUT));
    CHECK(page.grab().save(output.filePath(QStringLiteral("history-exercises.png"))));
}

// Showing the page again reads the history only when something changed since it was read: a
// session recorded through this store or by another process, or another day.
TEST_CASE("showing the page again reads the history only when it changed", "[history_page]")
{
    HistoryFixture h;
    seed(h);
    HistoryPage& page = h.open_page();
    REQUIRE(page.summary_panel()->headline() == QStringLiteral("2 of 3 sessions this week"));
    QSignalSpy read(page.sessions_model(), &QAbstractItemModel::modelReset);
    const auto show_again = [&] {
        page.hide();
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    };

    show_again();
    CHECK(read.count() == 0);

    SECTION("a session recorded through the page's store")
    {
        page.hide();
        h.record({.day = kThisMonday + days{1}});
        show_again();
        CHECK(read.count() == 1);
        CHECK(page.summary_panel()->headline() ==
              QStringLiteral("Goal met: 3 sessions this week (goal 3)"));
    }
    SECTION("a session recorded by another copy of the app")
    {
        OpenResult other = HistoryStore::open(h.store->path());
        REQUIRE(other.store);
        std::swap(h.store, other.store); // record() writes through the other connection
        h.record({.day = kThisMonday + days{1}});
        std::swap(h.store, other.store);
        show_again();
        CHECK(read.count() == 1);
        CHECK(page.summary_panel()->headline() ==
              QStringLiteral("Goal met: 3 sessions this week (goal 3)"));
    }
    SECTION("the next day")
    {
        h.now += std::chrono::hours{24};
        show_again();
        CHECK(read.count() == 1);
    }
}
