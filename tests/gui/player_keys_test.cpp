// Keys drive the real player page on a manual clock.
#include "player_fixture.h"

#include "gui/player/control_bar.h"

#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

TEST_CASE("Space pauses: the countdown stops while the clock moves, Space again goes on",
          "[gui][player]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0); // lead-in over: hold left, 30 s
    REQUIRE(h.phase() == 1);
    h.wait(10.0);
    CHECK(h.big_number() == QStringLiteral("20"));

    QTest::keyClick(h.page.get(), Qt::Key_Space);
    CHECK(h.page->engine()->paused());
    CHECK(h.caption() == QStringLiteral("PAUSED"));
    CHECK(h.page->controls()->pause_button()->text() == QStringLiteral("Resume"));
    h.wait(60.0);
    CHECK(h.big_number() == QStringLiteral("20"));
    CHECK(h.phase() == 1);

    QTest::keyClick(h.page.get(), Qt::Key_Space);
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.caption() == QStringLiteral("HOLD"));
    h.wait(5.0);
    CHECK(h.big_number() == QStringLiteral("15"));
}

TEST_CASE("Right skips to the next phase and Left goes back to the start of one", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    REQUIRE(h.phase() == 0);
    QTest::keyClick(h.page.get(), Qt::Key_Right);
    CHECK(h.phase() == 1);
    CHECK(h.big_number() == QStringLiteral("30"));
    h.wait(12.0);
    CHECK(h.big_number() == QStringLiteral("18"));
    QTest::keyClick(h.page.get(), Qt::Key_Left); // over 3 s in: restart this phase
    CHECK(h.phase() == 1);
    CHECK(h.big_number() == QStringLiteral("30"));
    QTest::keyClick(h.page.get(), Qt::Key_Left); // just started: back to the lead-in
    CHECK(h.phase() == 0);
    CHECK(h.caption() == QStringLiteral("GET READY"));
}

TEST_CASE("Enter completes self-paced reps, which wait for it with no countdown", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 10; ++i) // to the self-paced press-ups
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.phase() == 10);
    CHECK(h.header()->title() == QStringLiteral("Press-up"));
    CHECK(h.big_number() == QStringLiteral("8"));
    CHECK(h.page->view()->countdown()->footer().contains(QStringLiteral("Done")));
    CHECK(h.page->controls()->done_button()->isEnabled());
    h.wait(600.0); // no deadline: it waits
    CHECK(h.phase() == 10);
    CHECK(h.big_number() == QStringLiteral("8"));

    QTest::keyClick(h.page.get(), Qt::Key_Return);
    CHECK(h.phase() == 11);
    CHECK_FALSE(h.page->controls()->done_button()->isEnabled());
    REQUIRE(h.events.size() >= 2);
    const auto done = std::find_if(h.events.rbegin(), h.events.rend(), [](const Event& e) {
        return e.kind == EventKind::phase_finished && e.phase == 10;
    });
    REQUIRE(done != h.events.rend());
    CHECK(done->outcome == PhaseOutcome::done);
    QTest::keyClick(h.page.get(), Qt::Key_Return); // Enter outside self-paced reps does nothing
    CHECK(h.phase() == 11);
}

TEST_CASE("Esc asks before stopping, paused while asking: Keep going goes on, Stop ends it",
          "[gui][player]")
{
    PlayerHarness h;
    h.start();
    h.wait(8.0);
    REQUIRE(h.big_number() == QStringLiteral("27"));
    QString question;
    bool paused_while_asking = false;
    test::answer_next_message_box(QMessageBox::No, &question, [&] {
        paused_while_asking = h.page->engine()->paused();
        h.wait(20.0);
    });
    QTest::keyClick(h.page.get(), Qt::Key_Escape);
    CHECK(question.contains(QStringLiteral("Stop")));
    CHECK(paused_while_asking);
    CHECK(h.page->playing());
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.finished.empty());
    CHECK(h.phase() == 1);
    CHECK(h.big_number() == QStringLiteral("27"));

    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(h.page.get(), Qt::Key_Escape);
    CHECK_FALSE(h.page->playing());
    REQUIRE(h.finished.size() == 1);
    CHECK(h.finished.front() == SessionOutcome::stopped);
    REQUIRE_FALSE(h.events.empty());
    CHECK(h.events.back().kind == EventKind::session_finished);
    CHECK(h.events[h.events.size() - 2].outcome == PhaseOutcome::stopped);
}

TEST_CASE("every control names its key in its tooltip and has an accessible name", "[gui][player]")
{
    PlayerHarness h;
    const QList<QPushButton*> buttons = h.page->controls()->findChildren<QPushButton*>();
    REQUIRE(buttons.size() == 7);
    const QStringList keys{QStringLiteral("(Space)"),       QStringLiteral("(Left arrow)"),
                           QStringLiteral("(Right arrow)"), QStringLiteral("(Enter)"),
                           QStringLiteral("(P)"),           QStringLiteral("(I)"),
                           QStringLiteral("(Esc)")};
    QStringList tips;
    for (QPushButton* button : buttons) {
        CHECK_FALSE(button->accessibleName().isEmpty());
        CHECK(button->focusPolicy() == Qt::TabFocus); // a click leaves the focus on Pause
        tips << button->toolTip();
    }
    for (const QString& key : keys)
        CHECK(tips.join(QLatin1Char('|')).contains(key));
}

TEST_CASE("clicking the buttons does what the keys do", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    QTest::mouseClick(h.page->controls()->pause_button(), Qt::LeftButton);
    CHECK(h.page->engine()->paused());
    QTest::mouseClick(h.page->controls()->pause_button(), Qt::LeftButton);
    CHECK_FALSE(h.page->engine()->paused());
    for (QPushButton* button : h.page->controls()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Skip"))
            QTest::mouseClick(button, Qt::LeftButton);
    CHECK(h.phase() == 1);
}
