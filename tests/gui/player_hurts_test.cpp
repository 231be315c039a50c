// "This hurts" as a question: P (or the button) pauses the session and asks what now, with the
// routine's red flags beside it; 1 the easier version, 2 skip, 3 end, Esc back.
#include "player_fixture.h"

#include "gui/player/control_bar.h"
#include "gui/player/hurts_question.h"
#include "gui/player/red_flags_panel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

namespace {

gui::HurtsQuestion* question(const PlayerHarness& h)
{
    return h.page->hurts_question();
}

bool has_pain_stop(const PlayerHarness& h, int phase)
{
    return std::any_of(h.events.begin(), h.events.end(), [phase](const Event& e) {
        return e.kind == EventKind::phase_finished && e.phase == phase &&
               e.outcome == PhaseOutcome::stopped_for_pain;
    });
}

} // namespace

TEST_CASE("P pauses the session and asks what now, with the red flags, most urgent first",
          "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 10.0); // 10 s into the left side's hold
    REQUIRE(h.big_number() == QStringLiteral("20"));

    QTest::keyClick(h.page.get(), Qt::Key_P);
    REQUIRE(h.page->asking_hurts());
    CHECK(h.page->engine()->paused());
    CHECK(question(h)->isVisible());
    CHECK_FALSE(h.page->view()->isVisible()); // the question takes the player's place
    CHECK(question(h)->about() == QStringLiteral("Side stretch"));
    CHECK(question(h)->easier_button()->isVisible());
    CHECK(question(h)->easier_button()->text() ==
          QStringLiteral("1   Try the easier version: Seated"));
    CHECK(question(h)->skip_button()->text() == QStringLiteral("2   Skip this exercise"));
    CHECK(question(h)->end_button()->text() == QStringLiteral("3   End the session"));
    const QStringList flags = question(h)->red_flags()->shown_texts();
    REQUIRE(flags.size() == 4);
    CHECK(flags[0] == QStringLiteral("Call the emergency number now if…"));
    CHECK(flags[1].startsWith(QStringLiteral("• The pain is sudden and severe")));
    CHECK(flags[2] == QStringLiteral("See a physiotherapist or doctor if…"));
    CHECK(flags[3] == QStringLiteral("• The pain is still there after <b>two</b> weeks."));
    for (const QLabel* label : question(h)->findChildren<QLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);
    CHECK(question(h)->easier_button()->height() >= 3 * h.page->view()->base_pixels());
    // Said too, for someone with their eyes closed: the question, its keys, the emergency tier
    // (this routine has none of its own: the general line).
    REQUIRE_FALSE(h.recorded.speech.isEmpty());
    CHECK(h.recorded.speech.last() ==
          QStringLiteral("It hurts. What now? Press 1 to try the easier version. Press 2 to skip "
                         "this exercise. Press 3 to end the session. Call the emergency number "
                         "now if: ") +
              flags[1].mid(2)); // the line shown, without its bullet

    h.wait(60.0);                                // reading the question: the hold does not run out
    QTest::keyClick(question(h), Qt::Key_Space); // no key reaches the player behind it
    QTest::keyClick(question(h), Qt::Key_Right);
    CHECK(h.page->asking_hurts());
    CHECK(h.phase() == 1);

    QTest::keyClick(question(h), Qt::Key_Escape); // back to the exercise, where it was
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>")); // the question is no longer said
    CHECK_FALSE(h.page->asking_hurts());
    CHECK(h.page->view()->isVisible());
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.big_number() == QStringLiteral("20"));
    h.wait(5.0);
    CHECK(h.big_number() == QStringLiteral("15"));
    CHECK_FALSE(has_pain_stop(h, 1));
}

TEST_CASE("2 skips the exercise for pain and says so", "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 30.0 + 2.0); // in the switch to the right side
    REQUIRE(h.phase() == 2);
    QSignalSpy answered(h.page.get(), &gui::PlayerPage::hurt_answered);
    QTest::keyClick(h.page.get(), Qt::Key_P);
    QTest::keyClick(question(h), Qt::Key_2);
    CHECK_FALSE(h.page->asking_hurts());
    CHECK(h.phase() == 9); // the lead-in of the press-ups, running
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.header()->title() == QStringLiteral("Press-up"));
    CHECK(h.page->view()->notice().contains(QStringLiteral("Side stretch")));
    CHECK(has_pain_stop(h, 2));
    REQUIRE(answered.size() == 1);
    CHECK(answered[0][0].toInt() == 2);
    CHECK(answered[0][1].value<HurtChoice>() == HurtChoice::skip);
    h.wait(5.0); // the notice goes with the phase it was shown in
    CHECK(h.page->view()->notice().isEmpty());
}

TEST_CASE("1 carries on with the easier version: shown, spoken, for the rest of the exercise",
          "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 10.0);
    QTest::keyClick(h.page.get(), Qt::Key_P);
    h.recorded = {};
    QTest::keyClick(question(h), Qt::Key_1);
    const QString easier =
        QStringLiteral("Easier version: Seated. Sit on a chair & lean only a little.");
    CHECK_FALSE(h.page->asking_hurts());
    CHECK_FALSE(h.page->engine()->paused());
    CHECK(h.phase() == 1); // the exercise goes on
    CHECK(h.page->view()->instruction() == easier);
    CHECK(h.recorded.speech.contains(easier));
    CHECK_FALSE(has_pain_stop(h, 1));

    h.wait(20.0 + 5.0); // the right side: still the easier version
    REQUIRE(h.phase() == 3);
    CHECK(h.page->view()->instruction() == easier);
    for (int i = 0; i < 6; ++i) // on to the press-ups: their own instruction again
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.phase() == 9);
    CHECK(h.page->view()->instruction() == QStringLiteral("Press-up <b>first</b> instruction"));
}

TEST_CASE("without an easier version the question offers none, and 1 does nothing",
          "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    REQUIRE(h.header()->title() == QStringLiteral("Press-up"));
    QTest::mouseClick(h.page->controls()->hurts_button(), Qt::LeftButton);
    REQUIRE(h.page->asking_hurts());
    CHECK_FALSE(question(h)->easier_button()->isVisible());
    QTest::keyClick(question(h), Qt::Key_1);
    CHECK(h.page->asking_hurts());
    QTest::mouseClick(question(h)->back_button(), Qt::LeftButton);
    CHECK_FALSE(h.page->asking_hurts());
    CHECK(h.phase() == 10);
}

TEST_CASE("3 ends the session, the step stopped for pain", "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 10.0);
    QTest::keyClick(h.page.get(), Qt::Key_P);
    QTest::mouseClick(question(h)->end_button(), Qt::LeftButton);
    CHECK_FALSE(h.page->playing());
    CHECK_FALSE(h.page->asking_hurts());
    REQUIRE(h.finished.size() == 1);
    CHECK(h.finished.front() == SessionOutcome::stopped);
    CHECK(has_pain_stop(h, 1));
    CHECK(h.events.back().kind == EventKind::session_finished);
}

TEST_CASE("a session paused before P stays paused after the answer", "[gui][player][hurts]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 10.0);
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    QTest::keyClick(h.page.get(), Qt::Key_P);
    QTest::keyClick(question(h), Qt::Key_Escape);
    CHECK(h.page->engine()->paused());
    QTest::keyClick(h.page.get(), Qt::Key_P);
    QTest::keyClick(question(h), Qt::Key_2);
    CHECK(h.phase() == 9);
    CHECK(h.page->engine()->paused()); // the next exercise waits for Space
}
