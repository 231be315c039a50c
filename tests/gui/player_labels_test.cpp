// What the player shows as the manual clock moves through a session.
#include "player_fixture.h"

#include "gui/player/illustration_area.h"
#include "gui/player/phase_text.h"
#include "gui/player/session_progress.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

TEST_CASE("the header shows the exercise, side, set and rep as the clock moves", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    CHECK(h.caption() == QStringLiteral("GET READY"));
    CHECK(h.header()->title() == QStringLiteral("Side stretch"));
    CHECK(h.big_number() == QStringLiteral("5"));
    CHECK(h.header()->side_text() == QStringLiteral("LEFT")); // of the hold it leads into
    CHECK(h.header()->set_text() == QStringLiteral("Set 1 of 2"));

    h.wait(5.0);
    CHECK(h.caption() == QStringLiteral("HOLD"));
    CHECK(h.header()->title() == QStringLiteral("Side stretch"));
    CHECK(h.header()->side_text() == QStringLiteral("LEFT"));
    CHECK(h.header()->set_text() == QStringLiteral("Set 1 of 2"));
    CHECK(h.header()->rep_text().isEmpty());
    CHECK(h.big_number() == QStringLiteral("30"));
    h.wait(0.4);
    CHECK(h.big_number() == QStringLiteral("30")); // whole seconds, rounded up
    h.wait(0.6);
    CHECK(h.big_number() == QStringLiteral("29"));
    CHECK(h.page->view()->next_up() == QStringLiteral("Next: switch to the right side"));

    h.wait(29.0);
    CHECK(h.caption() == QStringLiteral("SWITCH SIDES"));
    CHECK(h.header()->side_text() == QStringLiteral("RIGHT"));
    h.wait(5.0);
    CHECK(h.caption() == QStringLiteral("HOLD"));
    CHECK(h.header()->side_text() == QStringLiteral("RIGHT"));
    CHECK(h.header()->set_text() == QStringLiteral("Set 1 of 2"));

    h.wait(30.0);
    CHECK(h.caption() == QStringLiteral("REST"));
    CHECK(h.header()->title() == QStringLiteral("Next: Side stretch")); // what comes, in big
    CHECK(h.header()->side_text() == QStringLiteral("LEFT"));
    CHECK(h.header()->set_text() == QStringLiteral("Set 2 of 2"));
    CHECK(h.page->view()->instruction().isEmpty());
    h.wait(10.0);
    CHECK(h.caption() == QStringLiteral("HOLD"));
    CHECK(h.header()->set_text() == QStringLiteral("Set 2 of 2"));
    CHECK(h.header()->side_text() == QStringLiteral("LEFT"));
}

TEST_CASE("paced alternating reps count up with their side", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 12; ++i)
        h.page->skip();
    REQUIRE(h.phase() == 12);
    CHECK(h.header()->title() == QStringLiteral("Arm swing"));
    CHECK(h.header()->rep_text() == QStringLiteral("Rep 1 of 4"));
    CHECK(h.header()->side_text() == QStringLiteral("LEFT"));
    CHECK(h.big_number() == QStringLiteral("1"));
    CHECK(h.page->view()->countdown()->footer() == QStringLiteral("of 4"));
    h.wait(2.0);
    CHECK(h.header()->rep_text() == QStringLiteral("Rep 2 of 4"));
    CHECK(h.header()->side_text() == QStringLiteral("RIGHT"));
    h.wait(4.5);
    CHECK(h.header()->rep_text() == QStringLiteral("Rep 4 of 4"));
    CHECK(h.page->view()->next_up() == QStringLiteral("Last one"));
    h.wait(1.5);
    CHECK_FALSE(h.page->playing());
    REQUIRE(h.finished.size() == 1);
    CHECK(h.finished.front() == SessionOutcome::completed);
}

TEST_CASE("instruction and form cue come from the routine as plain text", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    const QString instruction = h.page->view()->instruction();
    CHECK(instruction == QStringLiteral("Side stretch <b>first</b> instruction"));
    CHECK(h.page->view()->form_cue() == QStringLiteral("Side stretch cue"));
    for (QLabel* label : h.page->findChildren<QLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);
    CHECK(h.page->illustration_slot()->exercise_name() == QStringLiteral("Side stretch"));
    CHECK(h.page->illustration_slot()->exercise_id() == QStringLiteral("side-stretch"));
}

TEST_CASE("the illustration slot takes a figure and tells it which exercise is on", "[gui][player]")
{
    PlayerHarness h;
    auto* slot = h.page->illustration_slot();
    auto* figure = new QLabel(QStringLiteral("figure"));
    slot->set_figure(figure);
    CHECK(figure->parent() == slot);
    QStringList shown;
    QObject::connect(slot, &gui::IllustrationArea::exercise_changed,
                     [&shown](const QString& id) { shown << id; });
    h.start();
    for (int i = 0; i < 9; ++i)
        h.page->skip();
    CHECK(shown == QStringList{QStringLiteral("side-stretch"), QStringLiteral("press-up")});
}

TEST_CASE("the progress line shows minutes done and left over the whole routine", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    const gui::SessionProgress* progress = h.page->view()->progress();
    CHECK(progress->elapsed_text() == QStringLiteral("0:00 done"));
    const double total = h.page->engine()->plan().total_seconds();
    const int total_whole = static_cast<int>(std::ceil(total));
    CHECK(progress->remaining_text() == QStringLiteral("%1:%2 left")
                                            .arg(total_whole / 60)
                                            .arg(total_whole % 60, 2, 10, QLatin1Char('0')));
    h.wait(65.0);
    CHECK(progress->elapsed_text() == QStringLiteral("1:05 done"));
    CHECK(progress->permille() == static_cast<int>(std::lround(1000 * 65.0 / total)));
}

TEST_CASE("a screenshot of the player is written to the test output folder", "[gui][player]")
{
    PlayerHarness h;
    h.start();
    h.wait(5.0 + 12.4);
    QApplication::processEvents();
    const QImage shot = h.page->grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    // the countdown is painted in the work colour, somewhere in the middle of the page
    const QRect countdown = h.page->view()->countdown()->geometry();
    const QPoint inside = h.page->view()->mapTo(h.page.get(), countdown.topLeft() + QPoint(40, 40));
    CHECK(shot.pixelColor(inside) == gui::tone_colour(gui::PhaseTone::work));
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    const QString path =
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("player.png"));
    REQUIRE(shot.save(path));
    CHECK(QImage(path).size() == shot.size());
}

TEST_CASE("the time left past an hour reads in hours: 214:45:16, not 12885:16", "[gui][player]")
{
    gui::SessionProgress progress;
    progress.show_progress(3600 + 65, 214 * 3600 + 45 * 60 + 16);
    CHECK(progress.elapsed_text() == QStringLiteral("1:01:05 done"));
    CHECK(progress.remaining_text() == QStringLiteral("214:45:16 left"));
    progress.show_progress(59 * 60 + 59, 0);
    CHECK(progress.elapsed_text() == QStringLiteral("59:59 done"));
}
