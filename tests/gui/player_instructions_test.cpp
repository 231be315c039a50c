// On screen, beside the spoken line: the caution line ("Stop if …", taking turns) during every
// phase of an exercise, and all of the exercise's instructions on I, large, with the session
// paused while they are up.
#include "player_fixture.h"

#include "gui/player/caution_line.h"
#include "gui/player/control_bar.h"
#include "gui/player/exercise_info_panel.h"
#include "gui/player/hurts_question.h"
#include "gui/player/illustration_area.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

namespace {

QString caution(const PlayerHarness& h)
{
    return h.page->view()->caution_line()->caution();
}

} // namespace

TEST_CASE("the caution line shows the stop conditions as written, taking turns",
          "[gui][player][caution]")
{
    const QString ribs = QStringLiteral("Stop if your <i>ribs</i> hurt.");
    const QString dizzy = QStringLiteral("Stop if you feel dizzy.");
    PlayerHarness h;
    h.start();
    CHECK(caution(h) == ribs); // already in the lead-in, plain text
    CHECK(h.page->view()->caution_line()->textFormat() == Qt::PlainText);
    h.wait(5.0); // the hold: from the first again
    CHECK(caution(h) == ribs);
    h.wait(gui::CautionLine::kSecondsEach);
    CHECK(caution(h) == dizzy);
    QTest::keyClick(h.page.get(), Qt::Key_Space); // paused: the one shown stays
    h.wait(30.0);
    CHECK(caution(h) == dizzy);
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    h.wait(gui::CautionLine::kSecondsEach);
    CHECK(caution(h) == ribs);
    h.wait(30.0 - 2 * gui::CautionLine::kSecondsEach + 1.0); // the side switch
    REQUIRE(h.phase() == 2);
    CHECK(caution(h) == ribs);
    h.wait(4.0 + 30.0 + 1.0); // resting between sets: no exercise under way
    REQUIRE(h.phase() == 4);
    CHECK(caution(h).isEmpty());
    CHECK_FALSE(h.page->view()->caution_line()->isVisible());
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.phase() == 10);
    CHECK(caution(h) == QStringLiteral("Stop if your wrists hurt."));
    QTest::keyClick(h.page.get(), Qt::Key_Return);
    QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.phase() == 12);
    CHECK(caution(h).isEmpty()); // the arm swing has none
}

TEST_CASE("I shows all of the exercise's instructions, paused, and I again goes on",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 10.0);
    REQUIRE(h.big_number() == QStringLiteral("20"));
    QTest::keyClick(h.page.get(), Qt::Key_I);
    REQUIRE(h.page->showing_instructions());
    gui::ExerciseInfoPanel* panel = h.page->info_panel();
    CHECK(panel->isVisible());
    CHECK(h.page->engine()->paused());
    CHECK(panel->title() == QStringLiteral("Side stretch"));
    CHECK(panel->shown_texts() ==
          QStringList{
              QStringLiteral("Get into position"),
              QStringLiteral("• Side stretch <b>first</b> instruction"),
              QStringLiteral("The movement"), QStringLiteral("• Side stretch moves"),
              QStringLiteral("Form"), QStringLiteral("• Side stretch cue"),
              QStringLiteral("When to stop"), QStringLiteral("• Stop if your <i>ribs</i> hurt."),
              QStringLiteral("• Stop if you feel dizzy."), QStringLiteral("Easier versions"),
              QStringLiteral("• Seated: Sit on a chair & lean only a little.")});
    for (const QLabel* label : panel->findChildren<QLabel*>()) {
        CHECK(label->textFormat() == Qt::PlainText);
        CHECK(label->font().pixelSize() >= h.page->view()->base_pixels());
    }
    h.wait(60.0);
    QTest::keyClick(panel, Qt::Key_Space); // nothing reaches the player behind it
    QTest::keyClick(panel, Qt::Key_Right);
    CHECK(h.phase() == 1);

    QTest::keyClick(panel, Qt::Key_I);
    CHECK_FALSE(h.page->showing_instructions());
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.big_number() == QStringLiteral("20"));

    QTest::mouseClick(h.page->controls()->info_button(), Qt::LeftButton);
    REQUIRE(h.page->showing_instructions());
    QTest::keyClick(panel, Qt::Key_Escape);
    CHECK_FALSE(h.page->showing_instructions());
    CHECK_FALSE(h.page->engine()->paused());
}

TEST_CASE("the instructions scroll with the arrow keys when they do not fit",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    test::PlayerRoutine long_one;
    for (int i = 0; i < 30; ++i)
        long_one.exercises[0].cues.push_back("Form cue number " + std::to_string(i + 2));
    h.page->show();
    h.page->start(QStringLiteral("player-test"), long_one.plan(),
                  RoutineFile{long_one.exercises, long_one.routine});
    QTest::keyClick(h.page.get(), Qt::Key_I);
    QScrollBar* bar = h.page->info_panel()->scroll_area()->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    CHECK(bar->value() == 0);
    QTest::keyClick(h.page->info_panel(), Qt::Key_Down);
    CHECK(bar->value() > 0);
    QTest::keyClick(h.page->info_panel(), Qt::Key_PageUp);
    CHECK(bar->value() == 0);
}

TEST_CASE("during a rest the instructions are about what comes next, paused before stays paused",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.phase() == 8); // the rest after the side stretch
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    QTest::keyClick(h.page.get(), Qt::Key_I);
    CHECK(h.page->info_panel()->title() == QStringLiteral("Press-up"));
    QTest::keyClick(h.page->info_panel(), Qt::Key_Escape);
    CHECK(h.page->engine()->paused());
}

TEST_CASE("P from the instructions asks what now, going back resumes the session",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 3.0);
    QTest::keyClick(h.page.get(), Qt::Key_I);
    QTest::keyClick(h.page->info_panel(), Qt::Key_P);
    CHECK(h.page->asking_hurts());
    CHECK_FALSE(h.page->showing_instructions());
    CHECK(h.page->engine()->paused());
    QTest::keyClick(h.page->hurts_question(), Qt::Key_Escape);
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.big_number() == QStringLiteral("27"));
}

TEST_CASE("the easier version leads the instructions once chosen", "[gui][player][instructions]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 3.0);
    QTest::keyClick(h.page.get(), Qt::Key_P);
    QTest::keyClick(h.page->hurts_question(), Qt::Key_1);
    QTest::keyClick(h.page.get(), Qt::Key_I);
    const QStringList shown = h.page->info_panel()->shown_texts();
    REQUIRE(shown.size() > 2);
    CHECK(shown[0] == QStringLiteral("You are doing the easier version"));
    CHECK(shown[1] == QStringLiteral("• Seated: Sit on a chair & lean only a little."));
}

TEST_CASE("the first lead-in shows what to check and have ready before the first exercise",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    test::PlayerRoutine routine;
    routine.routine.check_first = {"If you have <b>osteoporosis</b>, ask first."};
    routine.routine.before_you_start = {"Warm the heat pack now."};
    QTest::mouseClick(h.page->controls()->voice_toggle(), Qt::LeftButton); // shown without voice
    h.page->show();
    h.page->start(QStringLiteral("player-test"), routine.plan(),
                  RoutineFile{routine.exercises, routine.routine});
    REQUIRE(h.phase() == 0);
    CHECK(h.page->view()->next_up() ==
          QStringLiteral("Before you start: If you have <b>osteoporosis</b>, ask first. Warm the "
                         "heat pack now."));
    while (h.phase() < 9) // the next exercise's lead-in: not again
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    CHECK_FALSE(h.page->view()->next_up().startsWith(QStringLiteral("Before you start")));
}

TEST_CASE("a long list before the first exercise leaves the countdown and the figure their room",
          "[gui][player][instructions]")
{
    PlayerHarness h;
    test::PlayerRoutine routine;
    const std::string line = "If you have had an operation recently, especially on your back, "
                             "chest, shoulders or belly, ask your surgeon when you may start.";
    routine.routine.check_first = {line, line, line};
    routine.routine.before_you_start = {line, line};
    QTest::mouseClick(h.page->controls()->voice_toggle(), Qt::LeftButton);
    h.page->show();
    h.page->start(QStringLiteral("player-test"), routine.plan(),
                  RoutineFile{routine.exercises, routine.routine});
    QApplication::processEvents();
    const int first_lead_in = h.page->illustration_slot()->height();
    while (h.page->view()->next_up().startsWith(QStringLiteral("Before you start")))
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    QApplication::processEvents();
    const int later = h.page->illustration_slot()->height();
    INFO("figure height " << first_lead_in << " px in the first lead-in, " << later << " later");
    CHECK(first_lead_in * 100 >= later * 65); // was 53 % with the bold list
}
