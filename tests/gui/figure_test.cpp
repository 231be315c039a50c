// Exercise figures on screen: pixels where the joints say in light and dark palettes, the
// widget's moments and loop, key-pose strips for every built-in exercise, the library preview.
#include "core/figure/figure_scene.h"
#include "gui/builtin_routines.h"
#include "gui/editor/exercise_picker_dialog.h"
#include "gui/figure/figure_painter.h"
#include "gui/figure/figure_strip.h"
#include "gui/figure/figure_widget.h"
#include "gui/figure/routine_preview.h"
#include "gui/library/library_page.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <cmath>

using namespace unknot;

namespace {

using P = BodyPoint;

KeyPose key(const std::string& name, double at, std::map<std::string, double> angles,
            std::vector<std::string> ground = {"knees", "hands"})
{
    KeyPose pose;
    pose.name = name;
    pose.at = at;
    pose.ground = std::move(ground);
    pose.angles = std::move(angles);
    return pose;
}

// On hands and knees; the second pose reaches the near arm forward.
Figure all_fours()
{
    const std::map<std::string, double> angles{{"pelvis", 90}, {"hip", 90},   {"knee", 90},
                                               {"ankle", 90},  {"wrist", 90}, {"shoulder", 90}};
    Figure figure;
    figure.props = {Prop{"mat", {}, {}, {}, {}}};
    figure.poses = {key("all-fours", 0, angles), key("reach", 0.5, angles)};
    figure.poses[1].angles["shoulder"] = 180;
    figure.poses[1].angles["far-shoulder"] = 90;
    figure.poses[1].angles["wrist"] = 0;
    return figure;
}

QPalette palette(const QColor& window, const QColor& text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x70, 0xc0));
    return p;
}

QImage render(const Scene& scene, const QPalette& pal, QRectF* area)
{
    QImage image(480, 360, QImage::Format_RGB32);
    image.fill(pal.color(QPalette::Window));
    *area = QRectF(10, 10, 460, 340);
    QPainter painter(&image);
    paint_scene(painter, *area, scene, gui::figure_colours(pal));
    return image;
}

QColor pixel_at(const QImage& image, const QTransform& to_pixels, Vec2 metres)
{
    const QPointF p = to_pixels.map(QPointF(metres.x, metres.y));
    return image.pixelColor(static_cast<int>(std::lround(p.x())),
                            static_cast<int>(std::lround(p.y())));
}

bool close(const QColor& a, const QColor& b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

Vec2 joint(const Scene& scene, P point)
{
    return scene.joints[static_cast<std::size_t>(point)];
}

Vec2 between(Vec2 a, Vec2 b)
{
    return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

RoutineLibrary builtin_library()
{
    return RoutineLibrary::load(gui::builtin_routine_sources(), {});
}

// Background-coloured pixels inside the head: its eyes.
int eye_pixels(const Scene& scene, const QPalette& pal)
{
    QRectF area;
    const QImage image = render(scene, pal, &area);
    const QTransform to_pixels = gui::scene_transform(scene, area);
    const Stroke* head = scene.head();
    REQUIRE(head);
    const QPointF centre = to_pixels.map(QPointF(head->points.front().x, head->points.front().y));
    const double radius = to_pixels.m11() * head->width / 2 * 0.8;
    int count = 0;
    for (int y = static_cast<int>(centre.y() - radius); y <= centre.y() + radius; ++y)
        for (int x = static_cast<int>(centre.x() - radius); x <= centre.x() + radius; ++x)
            if (std::hypot(x - centre.x(), y - centre.y()) < radius &&
                image.pixelColor(x, y) == pal.color(QPalette::Window))
                ++count;
    return count;
}

} // namespace

TEST_CASE("a face turned to the viewer has two eyes, the back of the head none", "[gui][figure]")
{
    Figure figure;
    figure.view = FigureView::front;
    figure.poses = {key("stand", 0, {}, {"feet"})};
    const QPalette pal = palette(Qt::white, QColor(0x20, 0x20, 0x20));
    CHECK(eye_pixels(key_pose_scene(figure, 0), pal) > 4);
    figure.poses[0].angles["turn"] = 180;
    CHECK(eye_pixels(key_pose_scene(figure, 0), pal) == 0);
}

TEST_CASE("a figure's pixels fall where its joints are, in light and dark palettes",
          "[gui][figure]")
{
    const Scene scene = key_pose_scene(all_fours(), 0);
    for (const QPalette& pal : {palette(Qt::white, QColor(0x20, 0x20, 0x20)),
                                palette(QColor(0x24, 0x24, 0x28), QColor(0xe8, 0xe8, 0xe8))}) {
        INFO("background " << pal.color(QPalette::Window).name().toStdString());
        QRectF area;
        const QImage image = render(scene, pal, &area);
        const QTransform to_pixels = gui::scene_transform(scene, area);
        const gui::FigureColours colours = gui::figure_colours(pal);
        CHECK(close(pixel_at(image, to_pixels, joint(scene, P::head)), colours.near));
        CHECK(close(pixel_at(image, to_pixels, joint(scene, P::waist)), colours.near));
        CHECK(close(
            pixel_at(image, to_pixels, between(joint(scene, P::shoulder), joint(scene, P::elbow))),
            colours.near));
        CHECK(close(pixel_at(image, to_pixels, joint(scene, P::knee)), colours.near));
        // The far arm shows beside the near one, lighter.
        CHECK(close(pixel_at(image, to_pixels, joint(scene, P::far_elbow)), colours.far));
        // Above the back there is nothing but background.
        const Vec2 above{joint(scene, P::waist).x, joint(scene, P::waist).y + 0.3};
        CHECK(pixel_at(image, to_pixels, above) == pal.color(QPalette::Window));
        // The near colour stands out from the background; the far one less so.
        const int background = qGray(pal.color(QPalette::Window).rgb());
        CHECK(std::abs(qGray(colours.near.rgb()) - background) > 150);
        CHECK(std::abs(qGray(colours.far.rgb()) - background) > 40);
        CHECK(std::abs(qGray(colours.far.rgb()) - background) <
              std::abs(qGray(colours.near.rgb()) - background));
        QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
        const QString name = background > 128 ? QStringLiteral("figure-light.png")
                                              : QStringLiteral("figure-dark.png");
        CHECK(image.save(QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(name)));
    }
}

TEST_CASE("the figure fits any size and keeps its proportions", "[gui][figure]")
{
    const Scene scene = key_pose_scene(all_fours(), 0);
    for (const QRectF& area :
         {QRectF(0, 0, 100, 60), QRectF(0, 0, 1600, 300), QRectF(20, 30, 300, 900)}) {
        const QTransform t = gui::scene_transform(scene, area);
        const QRectF frame = t.mapRect(QRectF(scene.frame.left, scene.frame.bottom,
                                              scene.frame.width(), scene.frame.height()));
        CHECK(area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(frame));
        const bool fills_width = std::abs(frame.width() - area.width()) < 0.5;
        const bool fills_height = std::abs(frame.height() - area.height()) < 0.5;
        CHECK((fills_width || fills_height));
        CHECK(t.m11() == Approx(-t.m22())); // same scale both ways, y up
    }
}

TEST_CASE("the widget shows the moment it is given and loops on its own clock", "[gui][figure]")
{
    const Figure figure = all_fours();
    gui::FigureWidget widget;
    widget.resize(400, 300);
    widget.set_figure(&figure, Sides::alternate);
    REQUIRE(widget.has_figure());
    widget.set_phase(FigureMoment::Kind::reps, 1.0, 2.0, false); // halfway: arm forward
    const Scene expected =
        figure_scene(figure, Sides::alternate, {FigureMoment::Kind::reps, 1.0, 2.0, false});
    CHECK(joint(widget.scene(), P::hand).x == Approx(joint(expected, P::hand).x));
    CHECK(joint(widget.scene(), P::hand).y > joint(widget.scene(), P::shoulder).y - 0.05);

    double now = 0;
    widget.set_time_source([&now] { return now; });
    widget.set_motion(gui::FigureWidget::Motion::loop);
    now = figure.seconds * 1.5; // the second rep: the other arm's turn
    widget.advance_loop();
    CHECK(widget.moment().kind == FigureMoment::Kind::reps);
    CHECK(widget.moment().seconds == Approx(now));
    CHECK(widget.moment().other_side);

    widget.set_figure(nullptr, Sides::none, QStringLiteral("Cat-camel"));
    CHECK_FALSE(widget.has_figure());
    CHECK(widget.scene().strokes.empty());
    const QImage shot = widget.grab().toImage();
    CHECK_FALSE(shot.isNull()); // paints the name instead, without a figure
}

TEST_CASE("each built-in exercise gets a strip of its key poses", "[gui][figure]")
{
    const RoutineLibrary library = builtin_library();
    REQUIRE(library.exercises().size() >= 27);
    const QPalette pal = palette(Qt::white, Qt::black);
    for (const Exercise& exercise : library.exercises()) {
        INFO(exercise.id);
        const QImage strip = gui::figure_strip(exercise, pal, 120);
        REQUIRE_FALSE(strip.isNull());
        CHECK(strip.width() > strip.height());
        // Something was drawn in the near colour.
        const QColor near = gui::figure_colours(pal).near;
        int dark = 0;
        for (int y = 40; y < strip.height(); y += 3)
            for (int x = 0; x < strip.width(); x += 3)
                dark += close(strip.pixelColor(x, y), near) ? 1 : 0;
        CHECK(dark > 100);
    }
    QTemporaryDir dir;
    Exercise without = library.exercises().front();
    without.id = "no-figure";
    without.figure.reset();
    std::vector<Exercise> all = library.exercises();
    all.push_back(without);
    const gui::StripReport report = gui::write_figure_strips(all, dir.path(), pal);
    CHECK(report.written.size() == static_cast<int>(library.exercises().size()));
    CHECK(report.without_figure == QStringList{QStringLiteral("no-figure")});
    CHECK(report.failed.isEmpty());
    CHECK(QImage(QDir(dir.path()).filePath(QStringLiteral("cat-camel.png"))).width() > 200);
}

TEST_CASE("the library previews the selected routine's exercises in turn", "[gui][figure]")
{
    const RoutineLibrary library = builtin_library();
    gui::LibraryPage page;
    page.set_library(&library);
    page.resize(1100, 700);
    page.show();
    auto* preview = page.findChild<gui::RoutinePreview*>();
    REQUIRE(preview);
    page.select(QStringLiteral("everyday-ten"));
    const LibraryRoutine* routine = library.find_routine("everyday-ten");
    REQUIRE(routine);
    const Exercise* first = library.find_exercise(routine->routine.steps.front().exercise);
    REQUIRE(first);
    CHECK(preview->isVisible());
    CHECK(preview->count() >= 5);
    CHECK(preview->figure()->has_figure());
    CHECK(preview->figure()->motion() == gui::FigureWidget::Motion::preview);
    CHECK(preview->figure()->playing());
    CHECK(preview->caption().startsWith(QString::fromStdString(first->name)));
    QTest::mouseClick(preview, Qt::LeftButton);
    CHECK(preview->current() == 1);
    CHECK_FALSE(preview->caption().startsWith(QString::fromStdString(first->name)));
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    CHECK(page.grab().save(
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("library-preview.png"))));
}

TEST_CASE("the exercise picker previews the selected exercise's figure", "[gui][figure]")
{
    const RoutineLibrary library = builtin_library();
    gui::ExercisePickerDialog picker(library.exercises());
    picker.show();
    REQUIRE(picker.figure());
    CHECK(picker.figure()->has_figure());
    CHECK(picker.figure()->motion() == gui::FigureWidget::Motion::preview);
    const std::string first = picker.selected_id();
    const Vec2 head = joint(picker.figure()->scene(), P::head);
    picker.table()->selectRow(1);
    CHECK(picker.selected_id() != first);
    CHECK(picker.figure()->has_figure());
    const Vec2 other = joint(picker.figure()->scene(), P::head);
    CHECK((head.x != other.x || head.y != other.y));
}

// The figure editor's loop plays for as long as it is on screen; a minimised window should cost no
// CPU. Minimising sends spontaneous hide events, after which isVisible() still says true.
TEST_CASE("a looping figure stops its frames while hidden or minimised", "[gui][figure]")
{
    const Figure figure = all_fours();
    QWidget window;
    auto* widget = new gui::FigureWidget(&window);
    widget->set_figure(&figure, Sides::alternate);
    widget->set_motion(gui::FigureWidget::Motion::loop);
    CHECK_FALSE(widget->animating()); // not shown yet
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(widget->animating());
    window.setWindowState(Qt::WindowMinimized);
    CHECK(widget->isVisible());
    CHECK_FALSE(widget->animating());
    window.setWindowState(Qt::WindowNoState);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(widget->animating());
    widget->hide();
    CHECK_FALSE(widget->animating());
}

// Idle, the library costs no CPU: its preview moves on purpose only (a new figure, the mouse over
// it), a few reps of each side, then rests on the key pose with its frame timer stopped.
TEST_CASE("a preview plays a few reps, then rests on the key pose until the mouse comes",
          "[gui][figure]")
{
    const Figure figure = all_fours();
    QWidget window;
    window.resize(400, 300);
    auto* widget = new gui::FigureWidget(&window);
    widget->setGeometry(0, 0, 400, 300);
    double now = 0;
    widget->set_time_source([&now] { return now; });
    widget->set_motion(gui::FigureWidget::Motion::preview);
    widget->set_figure(&figure, Sides::alternate);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(widget->animating());
    CHECK(widget->preview_seconds() == Approx(2 * figure.seconds)); // one rep of each side

    now = figure.seconds * 0.5; // the near arm reaches forward
    widget->advance_loop();
    CHECK(widget->moment().kind == FigureMoment::Kind::reps);
    const Scene reaching = widget->scene();
    now = figure.seconds * 1.5; // then the far arm
    widget->advance_loop();
    CHECK(widget->moment().other_side);

    now = widget->preview_seconds() + 0.01;
    widget->advance_loop();
    CHECK_FALSE(widget->animating());
    CHECK_FALSE(widget->playing());
    CHECK(widget->moment().kind == FigureMoment::Kind::key);
    // the key pose is the held one (the last here: the reach), standing still
    CHECK(joint(widget->scene(), P::hand).x == Approx(joint(reaching, P::hand).x));
    now += 60;
    QApplication::processEvents();
    CHECK(widget->moment().kind == FigureMoment::Kind::key);

    QTest::mouseMove(widget, QPoint(200, 150)); // hovering plays it again
    QApplication::processEvents();
    CHECK(widget->playing());
    CHECK(widget->animating());
    now += 0.5 * figure.seconds;
    widget->advance_loop();
    CHECK(widget->moment().kind == FigureMoment::Kind::reps);
}

TEST_CASE("a preview rests at once when its window is left, and does not play behind another",
          "[gui][figure]")
{
    const Figure figure = all_fours();
    QWidget window;
    auto* widget = new gui::FigureWidget(&window);
    widget->set_motion(gui::FigureWidget::Motion::preview);
    widget->set_figure(&figure, Sides::each);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(widget->animating());
    CHECK(widget->preview_seconds() == Approx(4 * figure.seconds)); // two reps of each side

    QWidget other;
    other.show();
    other.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&other));
    CHECK_FALSE(widget->animating());
    CHECK(widget->moment().kind == FigureMoment::Kind::key);
    CHECK_FALSE(widget->playing());

    Figure changed = figure;
    changed.seconds = 3;
    widget->set_figure(&changed, Sides::each); // a new figure while another window is active
    CHECK(widget->playing());
    CHECK_FALSE(widget->animating()); // waits for the window
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(widget->animating());
    window.hide();
    CHECK_FALSE(widget->animating());
    CHECK(widget->moment().kind == FigureMoment::Kind::key);
}
