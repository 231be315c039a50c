// The session log in the app: pain before, every step as it finishes, the summary, closing
// mid-session, and a write failure that the session survives.
#include "session_log_fixture.h"

#include "core/routine/routine_format.h"
#include "gui/history/history_page.h"
#include "gui/history/local_clock.h"
#include "gui/history/session_detail.h"
#include "gui/history/step_table_model.h"
#include "gui/library/library_page.h"
#include "gui/player/countdown_display.h"
#include "gui/player/hurts_question.h"
#include "gui/player/player_view.h"
#include "gui/session/history_startup.h"
#include "gui/session/pain_scale.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <sqlite3.h>

using namespace unknot;
using test::LoggedApp;

namespace {

StepRecord expected_step(std::string id, std::string name, StepKind kind, StepSide side, int set,
                         int sets, StepOutcome outcome, double active)
{
    StepRecord step;
    step.exercise_id = std::move(id);
    step.exercise_name = std::move(name);
    step.kind = kind;
    step.side = side;
    step.set = set;
    step.sets = sets;
    step.outcome = outcome;
    step.active_seconds = active;
    return step;
}

// The fields a person would see in the history; times and phase indexes aside.
void check_step(const StepRecord& got, const StepRecord& want)
{
    INFO(got.exercise_name << " set " << got.set);
    CHECK(got.exercise_id == want.exercise_id);
    CHECK(got.exercise_name == want.exercise_name);
    CHECK(got.kind == want.kind);
    CHECK(got.side == want.side);
    CHECK(got.set == want.set);
    CHECK(got.sets == want.sets);
    CHECK(got.outcome == want.outcome);
    CHECK(got.active_seconds == Approx(want.active_seconds));
}

} // namespace

TEST_CASE("a session played with keys is logged step by step, with pain and notes",
          "[gui][session-log]")
{
    LoggedApp app;
    int history_changes = 0;
    QObject::connect(app.logger.get(), &gui::SessionLogger::history_changed,
                     [&history_changes] { ++history_changes; });
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    REQUIRE(app.current_page() == app.pain_page());
    CHECK_FALSE(app.player->playing()); // nothing starts before the answer
    QTest::keyClick(app.pain_page(), Qt::Key_3);
    REQUIRE(app.player->playing());
    CHECK(app.current_page() == app.player);
    auto sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].status == SessionStatus::in_progress);
    CHECK(sessions[0].pain_before == 3);
    CHECK(sessions[0].routine_title == "Player test");

    app.wait(5.0 + 30.0); // lead-in, then the left side's hold: committed as it ends
    CHECK(app.sessions()[0].steps.size() == 1);
    app.wait(5.0);
    QTest::keyClick(app.player, Qt::Key_Right); // skip the right side
    CHECK(app.sessions()[0].steps.size() == 2);
    app.wait(10.0 + 12.0);
    REQUIRE(app.phase() == 5);
    QTest::keyClick(app.player, Qt::Key_P); // it hurts: the rest of this step is left out
    QTest::keyClick(app.player->hurts_question(), Qt::Key_2);
    CHECK(app.sessions()[0].steps.size() == 3);
    app.wait(5.0 + 6.0);
    QTest::keyClick(app.player, Qt::Key_Return); // eight press-ups done
    app.wait(5.0 + 8.0);                         // four paced arm swings
    REQUIRE_FALSE(app.player->playing());

    REQUIRE(app.current_page() == app.summary());
    CHECK(app.summary()->heading_text().contains(QStringLiteral("finished")));
    CHECK(app.summary()->counts_text() ==
          QStringLiteral("Done: 3 · Skipped: 1 · Stopped because it hurt: 1"));
    CHECK(app.summary()->time_text() == QStringLiteral("Active time: 56 s"));
    CHECK(app.summary()->pain_before_text() == QStringLiteral("Pain before: 3 of 10"));
    CHECK(app.sessions()[0].status == SessionStatus::completed);
    CHECK(history_changes == 1); // a history page can show the session now
    QTest::keyClick(app.summary()->pain_scale()->button(0), Qt::Key_4); // keys work outside notes
    CHECK(app.summary()->pain_after() == 4);
    QTest::mouseClick(app.summary()->pain_scale()->button(2), Qt::LeftButton);
    CHECK(app.summary()->pain_scale()->button(2)->isChecked());
    CHECK_FALSE(app.summary()->pain_scale()->button(4)->isChecked());
    QTest::keyClicks(app.summary()->notes_edit(),
                     QStringLiteral("Left side tight after 7 breaths <b>today</b>"));
    CHECK(app.summary()->pain_after() == 2); // the digit went into the notes
    QTest::mouseClick(app.summary()->save_button(), Qt::LeftButton);
    CHECK(history_changes == 2);
    CHECK(app.current_page() == app.window->library_page()->parentWidget()->parentWidget());

    sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    const SessionRecord& s = sessions[0];
    CHECK(s.status == SessionStatus::completed);
    CHECK(s.pain_before == 3);
    CHECK(s.pain_after == 2);
    CHECK(s.notes == "Left side tight after 7 breaths <b>today</b>");
    CHECK(s.totals.active_seconds == Approx(56.0));
    REQUIRE(s.steps.size() == 5);
    using K = StepKind;
    using O = StepOutcome;
    check_step(s.steps[0], expected_step("side-stretch", "Side stretch", K::hold, StepSide::left, 1,
                                         2, O::done, 30));
    check_step(s.steps[1], expected_step("side-stretch", "Side stretch", K::hold, StepSide::right,
                                         1, 2, O::skipped, 0));
    check_step(s.steps[2], expected_step("side-stretch", "Side stretch", K::hold, StepSide::left, 2,
                                         2, O::stopped_for_pain, 12));
    check_step(s.steps[3],
               expected_step("press-up", "Press-up", K::reps, StepSide::none, 1, 1, O::done, 6));
    check_step(s.steps[4], expected_step("arm-swing", "Arm swing", K::reps, StepSide::alternating,
                                         1, 1, O::done, 8));
    CHECK(s.steps[3].reps_done == 8);
    CHECK(s.steps[4].reps_done == 4);
    CHECK(s.steps[0].target_seconds == Approx(30.0));

    // The snapshot is the routine as played, with its exercises: readable as a routine file.
    const auto full = app.store->session(s.id, SessionQuery{true, true});
    REQUIRE(full.ok());
    const auto parsed = parse_routine_file(full.value.snapshot, "snapshot");
    REQUIRE(parsed.file);
    CHECK(*parsed.file == test::player_routine_file());
}

TEST_CASE("closing the window mid-session pauses it while asking, Stop and close records it as "
          "stopped",
          "[gui][session-log]")
{
    LoggedApp app;
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    REQUIRE(app.player->playing()); // the question is off: straight to the player
    app.wait(5.0 + 30.0 + 5.0 + 7.0);
    REQUIRE(app.phase() == 3);
    const auto countdown = [&app] { return app.player->view()->countdown()->big_text(); };
    REQUIRE(countdown() == QStringLiteral("23"));

    QString asked;
    bool paused_while_asking = false;
    test::answer_next_message_box(QMessageBox::No, &asked, [&] {
        paused_while_asking = app.player->engine()->paused();
        app.wait(40.0); // the person reads the question: the hold does not run out behind it
    });
    CHECK_FALSE(app.window->close());
    CHECK(asked.contains(QStringLiteral("Stop it and close")));
    CHECK(paused_while_asking);
    CHECK(app.window->isVisible());
    CHECK(app.player->playing());
    CHECK_FALSE(app.player->engine()->paused()); // Keep going goes on where it was
    CHECK(app.phase() == 3);
    CHECK(countdown() == QStringLiteral("23"));
    app.wait(3.0);
    CHECK(countdown() == QStringLiteral("20"));
    CHECK(app.sessions()[0].status == SessionStatus::in_progress);

    test::answer_next_message_box(QMessageBox::Yes, nullptr, [&] { app.wait(30.0); });
    CHECK(app.window->close());
    CHECK_FALSE(app.player->playing());
    const auto sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].status == SessionStatus::stopped);
    CHECK(sessions[0].ended_at.has_value());
    REQUIRE(sessions[0].steps.size() == 2);
    CHECK(sessions[0].steps[0].outcome == StepOutcome::done);
    CHECK(app.summary()->counts_text().endsWith(QStringLiteral("Under way when stopped: 1")));
    // 10 s of the right side were done; the minutes behind both questions are not counted.
    check_step(sessions[0].steps[1],
               expected_step("side-stretch", "Side stretch", StepKind::hold, StepSide::right, 1, 2,
                             StepOutcome::stopped, 10));
}

TEST_CASE("closing while paused asks, and Keep going leaves the session paused",
          "[gui][session-log]")
{
    LoggedApp app;
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 10.0);
    QTest::keyClick(app.player, Qt::Key_Space);
    REQUIRE(app.player->engine()->paused());

    test::answer_next_message_box(QMessageBox::No);
    CHECK_FALSE(app.window->close());
    CHECK(app.player->engine()->paused()); // paused before the question: still paused
    app.wait(60.0);
    CHECK(app.player->view()->countdown()->big_text() == QStringLiteral("20"));
    QTest::keyClick(app.player, Qt::Key_Space);
    app.wait(5.0);
    CHECK(app.player->view()->countdown()->big_text() == QStringLiteral("15"));
}

TEST_CASE("the answers to \"this hurts\" are logged with the steps and shown in the history",
          "[gui][session-log]")
{
    LoggedApp app;
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 10.0);
    QTest::keyClick(app.player, Qt::Key_P); // the side stretch: the easier version
    QTest::keyClick(app.player->hurts_question(), Qt::Key_1);
    app.wait(20.0 + 5.0 + 30.0); // both sides of the first set, the seated way
    REQUIRE(app.phase() == 4);
    QTest::keyClick(app.player, Qt::Key_P); // resting before the second set: skip the rest of it
    QTest::keyClick(app.player->hurts_question(), Qt::Key_2);
    REQUIRE(app.phase() == 9);
    app.wait(5.0 + 4.0);
    QTest::keyClick(app.player, Qt::Key_P); // the press-ups: end the session
    QTest::keyClick(app.player->hurts_question(), Qt::Key_3);
    REQUIRE_FALSE(app.player->playing());

    const auto sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].status == SessionStatus::stopped);
    const std::vector<StepRecord>& steps = sessions[0].steps;
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].hurt_choice == HurtChoice::easier);
    CHECK(steps[0].variation == "Seated");
    CHECK(steps[0].outcome == StepOutcome::done);
    CHECK_FALSE(steps[1].hurt_choice); // the right side, done the easier way too
    CHECK(steps[1].variation == "Seated");
    CHECK(steps[2].exercise_name == "Side stretch"); // the second set, never started
    CHECK(steps[2].set == 2);
    CHECK(steps[2].outcome == StepOutcome::stopped_for_pain);
    CHECK(steps[2].hurt_choice == HurtChoice::skip);
    CHECK(steps[3].exercise_name == "Press-up");
    CHECK(steps[3].outcome == StepOutcome::stopped_for_pain);
    CHECK(steps[3].hurt_choice == HurtChoice::end_session);
    CHECK(app.summary()->counts_text().contains(QStringLiteral("Stopped because it hurt: 2")));

    gui::SessionDetail detail;
    detail.show_session(&sessions[0]);
    const auto result = [&detail](int row) {
        return detail.steps_model()->index(row, gui::StepTableModel::outcome).data().toString();
    };
    CHECK(result(0) == QStringLiteral("Done after it hurt · easier version: Seated"));
    CHECK(result(2) == QStringLiteral("Stopped for pain: skipped the exercise"));
    CHECK(result(3) == QStringLiteral("Stopped for pain: ended the session"));
}

TEST_CASE("a failed write keeps the session going, shows a banner, and is written later",
          "[gui][session-log]")
{
    HistoryStoreOptions options;
    options.busy_timeout_ms = 0; // the lock below makes every write fail at once
    LoggedApp app(true, options);
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    REQUIRE(app.sessions()[0].steps.size() == 1);
    QLabel* banner = app.flow()->log_banner();
    CHECK_FALSE(banner->isVisible());

    // Another writer holds the database: our writes fail, as on a full disk.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(test::history_path(app.dir).c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    app.wait(5.0);
    QTest::keyClick(app.player, Qt::Key_Right); // skip the right side: not written
    app.logger->settle();
    CHECK(app.player->playing());
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("Logging failed")));
    CHECK(banner->text().contains(QStringLiteral("Keep going")));
    CHECK(app.logger->pending_steps() == 1);
    app.wait(10.0 + 30.0); // the second set's left side ends: still not written
    CHECK(app.logger->pending_steps() == 2);
    CHECK(app.player->playing());
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    CHECK(app.window->grab().save(
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("logging-failed.png"))));

    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK(app.sessions()[0].steps.size() == 1); // nothing was written behind our back
    app.wait(5.0); // the next phase starts: the pending steps are written
    CHECK_FALSE(banner->isVisible());
    CHECK(app.logger->pending_steps() == 0);
    const auto steps = app.sessions()[0].steps;
    REQUIRE(steps.size() == 3);
    CHECK(steps[1].side == StepSide::right);
    CHECK(steps[1].outcome == StepOutcome::skipped);
    CHECK(steps[2].set == 2);
    CHECK(steps[2].active_seconds == Approx(30.0));
}

TEST_CASE("a commit held up by another writer does not hold up the player", "[gui][session-log]")
{
    HistoryStoreOptions patient;
    patient.busy_timeout_ms = 60'000; // a commit on the player's thread would freeze it this long
    LoggedApp app(true, patient);
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    REQUIRE(app.sessions()[0].steps.size() == 1);

    sqlite3* other = nullptr; // another writer holds the database
    REQUIRE(sqlite3_open(test::history_path(app.dir).c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    app.clock.advance(5.0);
    app.player->tick();                         // the switch: the right side's hold starts
    QTest::keyClick(app.player, Qt::Key_Right); // skip it: a step to commit, which must wait
    app.clock.advance(10.0);
    app.player->tick(); // the rest between sets ends: the player went on without waiting
    CHECK(app.phase() == 5);
    CHECK(app.player->playing());
    CHECK_FALSE(app.flow()->log_banner()->isVisible()); // a wait is not a failure

    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    const auto steps = app.sessions()[0].steps; // once the held-up commit went through
    REQUIRE(steps.size() == 2);
    CHECK(steps[1].outcome == StepOutcome::skipped);
    CHECK_FALSE(app.logger->logging_failed());
}

TEST_CASE("a session plays to its summary without a history, and says it was not saved",
          "[gui][session-log]")
{
    LoggedApp app(false);
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    REQUIRE(app.player->playing());
    app.wait(5.0 + 30.0);
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    REQUIRE(app.current_page() == app.summary());
    CHECK(app.summary()->heading_text().contains(QStringLiteral("stopped early")));
    CHECK(app.summary()->counts_text().startsWith(QStringLiteral("Done: 1 · Skipped: 0")));
    CHECK(app.summary()->problem_text().contains(QStringLiteral("not in the history")));
    CHECK_FALSE(app.summary()->save_button()->isVisible());
    CHECK_FALSE(app.flow()->log_banner()->isVisible()); // no store is not a failure mid-session
    QTest::mouseClick(app.summary()->back_button(), Qt::LeftButton);
    CHECK(app.current_page() != app.summary());
}

TEST_CASE("the summary: T rates 10 as the page says, Enter saves, Enter on Back goes back",
          "[gui][session-log]")
{
    LoggedApp app;
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    REQUIRE(app.current_page() == app.summary());
    CHECK(app.summary()->keys_text() == QStringLiteral("Keys: 0 to 9, T for 10. Enter saves."));
    QWidget* focused = app.summary()->focusWidget(); // the window is not active offscreen
    REQUIRE(focused == app.summary()->pain_scale()->button(0));
    QTest::keyClick(focused, Qt::Key_T);
    CHECK(app.summary()->pain_after() == 10);
    CHECK(app.summary()->pain_scale()->button(10)->isChecked());
    QTest::keyClick(app.summary()->focusWidget(), Qt::Key_Return);
    CHECK(app.current_page() != app.summary());
    const auto sessions = app.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].pain_after == 10);

    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    REQUIRE(app.current_page() == app.summary());
    app.summary()->back_button()->setFocus();
    QTest::keyClick(app.summary()->back_button(), Qt::Key_Enter);
    CHECK(app.current_page() != app.summary());
    CHECK_FALSE(app.sessions()[1].pain_after.has_value());
}

TEST_CASE("a read-only data folder: the session plays unlogged and the summary says why",
          "[gui][session-log]")
{
    const ReadOnlyReason reason{ReadOnlyReason::What::folder, "/media/backup/unknot", false};
    LoggedApp app(false, {}, gui::not_logged_text(reason));
    app.ask_pain(false);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    REQUIRE(app.current_page() == app.summary());
    CHECK(app.summary()->problem_text() ==
          QStringLiteral("This session was not saved: you have no permission to write in the "
                         "data folder /media/backup/unknot."));
    CHECK_FALSE(app.summary()->save_button()->isVisible());
    CHECK_FALSE(app.flow()->log_banner()->isVisible());
}

TEST_CASE("when no write has worked yet, the summary does not say 'part' of the session is saved",
          "[gui][session-log]")
{
    HistoryStoreOptions options;
    options.busy_timeout_ms = 0; // the lock below makes every write fail at once
    LoggedApp app(true, options);
    app.ask_pain(false);
    sqlite3* other = nullptr; // another writer holds the database from before the session
    REQUIRE(sqlite3_open(test::history_path(app.dir).c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    app.wait(5.0 + 30.0);
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    REQUIRE(app.current_page() == app.summary());
    CHECK(app.summary()->problem_text().startsWith(
        QStringLiteral("This session is not saved yet (")));
    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
}

TEST_CASE("the summary after a session says where the week stands", "[gui][session-log]")
{
    LoggedApp app;
    app.ask_pain(false);
    app.settings.setValue(gui::settings_keys::history_weekly_goal(), 3);
    app.window->set_history(
        new gui::HistoryPage(app.store.get(), app.settings, gui::system_local_now));
    for (int session = 1; session <= 2; ++session) {
        REQUIRE(app.window->play(QStringLiteral("player-test")));
        for (int second = 0; second < 100; ++second) // both holds: more than a minute of exercise
            app.wait(1.0);
        test::answer_next_message_box(QMessageBox::Yes);
        QTest::keyClick(app.player, Qt::Key_Escape);
        REQUIRE(app.current_page() == app.summary());
        CHECK(app.summary()->week_text() ==
              QStringLiteral("%1 of 3 sessions this week").arg(session));
        // As large as the lines around it, not the window's small desktop text.
        const auto label_saying = [&](const QString& text) {
            for (const QLabel* label : app.summary()->findChildren<QLabel*>())
                if (label->text() == text)
                    return label->font().pixelSize();
            return -1;
        };
        CHECK(label_saying(app.summary()->week_text()) == label_saying(app.summary()->time_text()));
        QTest::mouseClick(app.summary()->back_button(), Qt::LeftButton);
    }
}
