// The programme in the window, driven with keys and clicks: starting one from the library, a
// flare-up day's gentle version, and the week-3 check-in.
#include "core/programme/programme_format.h"
#include "gui/library/library_page.h"
#include "gui/player/countdown_display.h"
#include "gui/player/player_view.h"
#include "gui/print/handout_document.h"
#include "gui/programme/check_in_dialog.h"
#include "gui/programme/programme_bar.h"
#include "gui/programme/programme_controller.h"
#include "gui/programme/programme_dialog.h"
#include "session_log_fixture.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace unknot;
using namespace unknot::test;
using namespace std::chrono;

namespace {

// Monday 7 December 2026, 10:00 local time.
constexpr local_days kMonday{local_days{2026y / December / 7}};

struct ProgrammeApp : LoggedApp {
    local_seconds now = kMonday + hours{10};
    gui::ProgrammeController controller{dir.path(), store.get(), [this] { return now; }};

    ProgrammeApp() { window->set_programme(&controller); }

    gui::ProgrammeBar* bar() const { return window->programme_bar(); }
    std::filesystem::path programme_file() const
    {
        return std::filesystem::path(dir.path().toStdString()) / kProgrammeFileName;
    }
};

template <class Dialog>
void with_modal(const std::function<void()>& open, const std::function<void(Dialog&)>& act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        act(*dialog);
    });
    open();
    CHECK(seen);
}

// A session of the player test routine at `day` 18:00 (UTC+1), pain 3 before and 2 after, its
// side stretch done on both sides.
void record_good_session(HistoryStore& store, local_days day)
{
    SessionStart start;
    start.routine_id = "player-test";
    start.routine_title = "Player test";
    start.snapshot = "{}";
    start.utc_offset_minutes = 60;
    start.started_at = sys_seconds{(local_seconds{day} + hours{17}).time_since_epoch()};
    start.pain_before = 3;
    const auto id = store.begin_session(start);
    REQUIRE(id.ok());
    for (StepSide side : {StepSide::left, StepSide::right}) {
        StepRecord step;
        step.exercise_id = "side-stretch";
        step.exercise_name = "Side stretch";
        step.kind = StepKind::hold;
        step.side = side;
        step.target_seconds = 20;
        step.active_seconds = 20;
        step.outcome = StepOutcome::done;
        step.finished_at = start.started_at + minutes{1};
        REQUIRE(store.add_step(id.value, step, {20, 0}));
    }
    SessionEnd end;
    end.status = SessionStatus::completed;
    end.ended_at = start.started_at + minutes{10};
    end.totals = {300, 60};
    end.pain_after = 2;
    REQUIRE(store.finish_session(id.value, end));
}

QPushButton* button_named(QMessageBox& box, const QString& text)
{
    for (QAbstractButton* b : box.buttons())
        if (b->text() == text)
            return qobject_cast<QPushButton*>(b);
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("a programme is started from the library and its week shows above the routines",
          "[gui][programme]")
{
    ProgrammeApp app;
    CHECK(app.bar()->status_label()->text().startsWith(QStringLiteral("No programme yet")));
    app.window->library_page()->select(QStringLiteral("player-test"));
    with_modal<gui::ProgrammeDialog>(
        [&] { QTest::mouseClick(app.bar()->start_button(), Qt::LeftButton); },
        [](gui::ProgrammeDialog& dialog) {
            CHECK(dialog.days_box()->value() == 3); // the routine's weekly target
            CHECK(dialog.weeks_box()->value() == 4);
            CHECK(dialog.start_box()->date() == QDate(2026, 12, 7));
            dialog.days_box()->setFocus();
            QTest::keyClick(dialog.days_box(), Qt::Key_Down); // 2 sessions a week
            dialog.weeks_box()->setFocus();
            QTest::keyClick(dialog.weeks_box(), Qt::Key_Up); // 5 weeks
            QTest::keyClick(&dialog, Qt::Key_Return);
        });
    const ProgrammeParse saved = load_programme(app.programme_file());
    REQUIRE(saved.programme);
    CHECK(saved.programme->routines == std::vector<std::string>{"player-test"});
    CHECK(saved.programme->days == std::vector<weekday>{Monday, Thursday});
    CHECK(saved.programme->weeks == 5);
    CHECK(saved.programme->start == kMonday);
    CHECK(app.bar()->status_label()->text() ==
          QStringLiteral("Week 1 of 5 — 0 of 2 sessions done, next: today"));
}

TEST_CASE("a flare-up day offers the gentle version, logged as a flare-up, Not today plays "
          "nothing",
          "[gui][programme]")
{
    ProgrammeApp app;
    app.ask_pain(true);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    REQUIRE(app.current_page() == app.pain_page());
    with_modal<QMessageBox>(
        [&] { QTest::keyClick(app.pain_page(), Qt::Key_7); },
        [](QMessageBox& box) {
            CHECK(box.text().contains(QStringLiteral("pain 7 out of 10")));
            QTest::mouseClick(button_named(box, QStringLiteral("&Gentle version")), Qt::LeftButton);
        });
    REQUIRE(app.player->playing());
    auto sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].flare_up);
    CHECK(sessions[0].pain_before == 7);
    const auto full = app.store->session(sessions[0].id, SessionQuery{true, true});
    REQUIRE(full.ok());
    const auto played = parse_routine_file(full.value.snapshot, "snapshot");
    REQUIRE(played.file);
    CHECK(played.file->routine->steps[0].hold_seconds == 15); // 30 s halved
    CHECK(played.file->routine->steps[0].sets == 1);          // one set, not two
    app.player->stop();

    // Below the threshold nothing is asked; "Not today" goes back without a session.
    app.settings.setValue(QString::fromLatin1(gui::settings_keys::flare_up_threshold.name), 9);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    QTest::keyClick(app.pain_page(), Qt::Key_8);
    CHECK(app.player->playing());
    app.player->stop();
    app.settings.setValue(QString::fromLatin1(gui::settings_keys::flare_up_threshold.name), 6);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    with_modal<QMessageBox>([&] { QTest::keyClick(app.pain_page(), Qt::Key_9); },
                            [](QMessageBox& box) { QTest::keyClick(&box, Qt::Key_Escape); });
    CHECK_FALSE(app.player->playing());
    CHECK(app.sessions().size() == 2); // the gentle one and the one at 8
    CHECK_FALSE(app.sessions()[1].flare_up);
}

TEST_CASE("the check-in comes once in week three, 'about the same' shows the guidance",
          "[gui][programme]")
{
    ProgrammeApp app;
    Programme programme;
    programme.routines = {"player-test"};
    programme.days = {Monday, Wednesday, Friday};
    programme.start = kMonday - days{14}; // today is Monday of week 3
    REQUIRE_FALSE(app.controller.start(programme).has_value());
    CHECK_FALSE(app.window->ask_check_in_if_due()); // not before Friday of week 3
    app.now += days{4};                             // Friday
    QString guidance;
    with_modal<gui::CheckInDialog>(
        [&] { CHECK(app.window->ask_check_in_if_due()); },
        [&](gui::CheckInDialog& dialog) {
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("check_in_same")),
                              Qt::LeftButton);
            guidance = dialog.guidance()->text();
            CHECK(dialog.guidance()->isVisible());
            dialog.accept();
        });
    CHECK(guidance.contains(QStringLiteral("about the same")));
    CHECK(guidance.contains(QStringLiteral("physiotherapist")));
    const auto answers = app.store->check_ins();
    REQUIRE(answers.ok());
    REQUIRE(answers.value.size() == 1);
    CHECK(answers.value[0].answer == CheckInAnswer::same);
    CHECK(answers.value[0].week == 3);
    CHECK_FALSE(app.window->ask_check_in_if_due()); // answered: never again
    app.now += days{7};
    CHECK_FALSE(app.window->ask_check_in_if_due());
}

TEST_CASE("the check-in guidance lists the red flags, the most urgent tier first",
          "[gui][programme]")
{
    RedFlags flags;
    flags.professional = {"No better after four weeks."};
    flags.emergency = {"Chest pain or trouble breathing."};
    flags.doctor_soon = {"Night pain that wakes you."};
    const QString text = gui::check_in_guidance(CheckInAnswer::worse, {flags, flags});
    const auto at = [&](const char* s) { return text.indexOf(QString::fromUtf8(s)); };
    CHECK(at("stop the programme") >= 0);
    CHECK(at("Chest pain") < at("Night pain"));
    CHECK(at("Night pain") < at("No better"));
    CHECK(text.count(QStringLiteral("Chest pain")) == 1); // each line once
}

TEST_CASE("this week's dose and why show in the bar, in the player during the step and in the "
          "handout",
          "[gui][programme]")
{
    ProgrammeApp app;
    // The side stretch grows from 20 s to 30 s by 5 s in a programme (30 s outside one).
    RoutineFile file = player_routine_file();
    file.routine->steps[0].progression = Progression{DoseRange{20, 30, 5}, {}, {}};
    const QString folder = QDir(app.dir.path()).filePath(QStringLiteral("routines"));
    QFile routine(QDir(folder).filePath(QStringLiteral("player-test.json")));
    REQUIRE(routine.open(QIODevice::WriteOnly | QIODevice::Truncate));
    routine.write(QByteArray::fromStdString(write_routine_file(file)));
    routine.close();
    app.window->adopt_library(RoutineLibrary::load({}, folder.toStdString()));
    Programme programme;
    programme.routines = {"player-test"};
    programme.days = {Monday, Wednesday, Friday};
    programme.start = kMonday - days{7}; // today is Monday of week 2
    record_good_session(*app.store, kMonday - days{7});
    record_good_session(*app.store, kMonday - days{5});
    REQUIRE_FALSE(app.controller.start(programme).has_value()); // the bar shows it

    const QString why = QStringLiteral("Hold 25 s, 2 sets this week, up from 20 s: the last two "
                                       "sessions went without pain.");
    app.window->library_page()->select(QStringLiteral("player-test"));
    CHECK(app.bar()
              ->findChild<QLabel*>(QStringLiteral("programme_doses"))
              ->text()
              .contains(QStringLiteral("Side stretch — ") + why));

    // The player plays 25 s and says why under the step, from its lead-in to its last set.
    app.ask_pain(false);
    auto* table = app.window->library_page()->findChild<QTableView*>();
    REQUIRE(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(app.player->playing());
    CHECK(app.player->view()->dose_note() == why);
    app.wait(5); // the lead-in
    CHECK(app.player->view()->countdown()->big_text() == QStringLiteral("25"));
    CHECK(app.player->view()->dose_note() == why);
    app.window->resize(1100, 720);
    CHECK(app.window->grab().save(
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("player-dose.png"))));
    while (app.player->engine()->current_phase() &&
           app.player->engine()->current_phase()->step_index == 0)
        app.wait(1);
    CHECK(app.player->view()->dose_note().isEmpty()); // the press-up has no progression
    app.player->stop();
    const auto played = app.store->session(app.sessions().back().id, SessionQuery{true, true});
    REQUIRE(played.ok());
    const auto snapshot = parse_routine_file(played.value.snapshot, "snapshot");
    REQUIRE(snapshot.file);
    CHECK(snapshot.file->routine->steps[0].hold_seconds == 25);

    // The handout of this week: 25 s under the step, and why.
    const LibraryRoutine* entry = app.window->library()->find_routine("player-test");
    REQUIRE(entry);
    auto dosed = app.controller.dosed(entry->routine, app.window->library()->lookup());
    LibraryRoutine this_week = *entry;
    this_week.routine = dosed.routine;
    QTextDocument handout;
    gui::write_handout(handout, this_week, *app.window->library(), gui::HandoutStyle{},
                       dosed.reasons);
    const QString text = handout.toPlainText();
    CHECK(text.contains(QStringLiteral("25 s")));
    CHECK(text.contains(QStringLiteral("Programme: ") + why));
}
