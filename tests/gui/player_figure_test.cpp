// The figure in the player moves with the session: the starting pose in the lead-in, the held
// pose in a hold, the reps at the tempo, on the side the engine says.
#include "core/routine/routine_library.h"
#include "gui/builtin_routines.h"
#include "gui/figure/figure_painter.h"
#include "gui/figure/figure_widget.h"
#include "gui/figure/player_figure.h"
#include "gui/player/illustration_area.h"
#include "player_fixture.h"

#include <QDir>
#include <catch2/catch.hpp>

#include <cmath>

using namespace unknot;
using namespace unknot::test;
using Kind = FigureMoment::Kind;

namespace {

Figure arm_raise()
{
    KeyPose down;
    down.name = "down";
    KeyPose up;
    up.name = "up";
    up.at = 0.5;
    up.angles = {{"shoulder", 150}};
    Figure figure;
    figure.poses = {down, up};
    return figure;
}

// The player test routine's exercises, each with a figure (but the press-up, to see a name).
struct FigureLookup {
    std::vector<Exercise> exercises = PlayerRoutine().exercises;
    FigureLookup()
    {
        for (Exercise& e : exercises)
            if (e.id != "press-up")
                e.figure = arm_raise();
    }
    ExerciseLookup lookup() const
    {
        return [this](std::string_view id) -> const Exercise* {
            for (const Exercise& e : exercises)
                if (e.id == id)
                    return &e;
            return nullptr;
        };
    }
};

} // namespace

TEST_CASE("the player's illustration slot shows the figure in time with the session",
          "[gui][figure][player]")
{
    PlayerHarness h;
    FigureLookup exercises;
    auto* figure = new gui::PlayerFigure(*h.page, h.clock, exercises.lookup());
    gui::FigureWidget* widget = figure->widget();
    CHECK(h.page->illustration_slot()->figure() == widget);
    CHECK_FALSE(widget->has_figure()); // nothing before the session

    h.start(); // phase 0: lead-in of the sided hold
    figure->refresh();
    REQUIRE(widget->has_figure());
    CHECK(widget->moment().kind == Kind::start);
    CHECK_FALSE(widget->moment().other_side);

    h.wait(5 + 1.5); // phase 1: hold, left side, 1.5 s in
    figure->refresh();
    CHECK(h.phase() == 1);
    CHECK(widget->moment().kind == Kind::hold);
    CHECK(widget->moment().seconds == Approx(1.5));
    CHECK_FALSE(widget->moment().other_side);

    h.page->toggle_pause(); // paused: the figure stands still
    h.clock.advance(20);
    figure->refresh();
    CHECK(widget->moment().seconds == Approx(1.5));
    h.page->toggle_pause();

    h.wait(28.5 + 1); // phase 2: switching sides shows the start pose of the right side
    figure->refresh();
    CHECK(h.phase() == 2);
    CHECK(widget->moment().kind == Kind::start);
    CHECK(widget->moment().other_side);

    h.wait(5); // phase 3: hold, right side
    figure->refresh();
    CHECK(h.phase() == 3);
    CHECK(widget->moment().kind == Kind::hold);
    CHECK(widget->moment().other_side);
}

// "Session started" is emitted before the engine starts: the frames must start anyway.
TEST_CASE("the figure moves on its own frames from the lead-in on, and stands while paused",
          "[gui][figure][player]")
{
    PlayerHarness h;
    FigureLookup exercises;
    auto* figure = new gui::PlayerFigure(*h.page, h.clock, exercises.lookup());
    CHECK_FALSE(figure->animating());
    h.start(); // the lead-in: the start pose, breathing
    CHECK(figure->animating());
    const Scene first = figure->widget()->scene();
    h.clock.advance(1.2);
    figure->refresh(); // what the next frame does
    CHECK(figure->widget()->moment().seconds == Approx(1.2));
    const Vec2 was = first.joints[static_cast<std::size_t>(BodyPoint::shoulder)];
    const Vec2 now =
        figure->widget()->scene().joints[static_cast<std::size_t>(BodyPoint::shoulder)];
    CHECK(std::hypot(now.x - was.x, now.y - was.y) > 1e-4); // the breath lifts the chest
    h.wait(5 + 1);                                          // the hold
    CHECK(figure->animating());
    h.page->toggle_pause();
    figure->refresh();
    CHECK_FALSE(figure->animating());
    h.page->toggle_pause();
    figure->refresh(); // what the paused timer's next look does
    CHECK(figure->animating());
    h.page->stop();
    CHECK_FALSE(figure->animating());
}

TEST_CASE("paced reps move at the tempo and alternate sides rep by rep", "[gui][figure][player]")
{
    PlayerHarness h;
    FigureLookup exercises;
    auto* figure = new gui::PlayerFigure(*h.page, h.clock, exercises.lookup());
    h.start();
    while (h.phase() < 9)
        h.page->skip();
    figure->refresh(); // lead-in of the self-paced press-ups, which have no figure: their name
    CHECK_FALSE(figure->widget()->has_figure());
    h.page->skip();
    h.page->skip();
    h.page->skip(); // phase 12: 4 alternating reps of 2 s
    REQUIRE(h.phase() == 12);
    h.wait(0.5);
    figure->refresh();
    CHECK(figure->widget()->moment().kind == Kind::reps);
    CHECK(figure->widget()->moment().rep_seconds == Approx(2.0));
    CHECK_FALSE(figure->widget()->moment().other_side); // rep 1: left
    h.wait(2.0);
    figure->refresh();
    CHECK(figure->widget()->moment().seconds == Approx(2.5));
    CHECK(figure->widget()->moment().other_side); // rep 2: right
}

TEST_CASE("a screenshot of the player with a built-in figure is written to the test output",
          "[gui][figure][player]")
{
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    const LibraryRoutine* routine = library.find_routine("everyday-ten");
    REQUIRE(routine);
    PlayerHarness h;
    auto* figure = new gui::PlayerFigure(*h.page, h.clock, library.lookup());
    h.page->show();
    h.page->start(QStringLiteral("everyday-ten"), build_plan(routine->routine, library.lookup()));
    while (h.page->engine()->current_phase()->exercise_id != "cat-camel" ||
           h.page->engine()->current_phase()->kind != PhaseKind::reps)
        h.page->skip();
    h.wait(2.5); // rounding the back
    figure->refresh();
    QApplication::processEvents();
    gui::FigureWidget* widget = figure->widget();
    REQUIRE(widget->has_figure());
    CHECK(widget->isVisible());
    CHECK(widget->width() > 150);
    const QImage shot = widget->grab().toImage();
    const QRectF area = QRectF(widget->rect()).adjusted(4, 4, -4, -4);
    const QTransform to_pixels = gui::scene_transform(widget->scene(), area);
    const Vec2 back = widget->scene().joints[static_cast<std::size_t>(BodyPoint::mid_back)];
    const QPoint at = to_pixels.map(QPointF(back.x, back.y)).toPoint();
    CHECK(shot.pixelColor(at).rgb() == gui::figure_colours(widget->palette()).near.rgb());
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    const QString path =
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("player-figure.png"));
    CHECK(h.page->grab().save(path));
}
