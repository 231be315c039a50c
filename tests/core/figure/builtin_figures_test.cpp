// Every built-in exercise has a figure that makes sense: it loads, each key pose rests on the
// floor without sinking into it, and its hold and start poses exist.
#include "builtin_catalogue.h"
#include "core/figure/figure_scene.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

// The lowest point of the body's surface, counting limbs as about 4 cm thick.
double lowest_point(const Body& body)
{
    double lowest = 1e9;
    for (const Vec3& point : body.points)
        lowest = std::min(lowest, point.y - 0.04);
    return std::min(lowest, body[BodyPoint::head].y - kHeadRadius);
}

} // namespace

TEST_CASE("every built-in exercise has a figure", "[figure][builtin]")
{
    const RoutineFile& catalogue = builtin_catalogue();
    REQUIRE(catalogue.exercises.size() >= 27);
    for (const Exercise& exercise : catalogue.exercises) {
        INFO(exercise.id);
        REQUIRE(exercise.figure);
        CHECK(exercise.figure->poses.size() >= 1);
        const bool moves = exercise.figure->poses.size() >= 2;
        CHECK(moves); // every exercise shows some movement, even if it is only into the pose
    }
}

TEST_CASE("no built-in key pose sinks into the floor or floats above it", "[figure][builtin]")
{
    for (const Exercise& exercise : builtin_catalogue().exercises) {
        const Figure& figure = *exercise.figure;
        if (figure.view == FigureView::top)
            continue; // lying on the floor, seen from above: height does not show
        const std::vector<PoseState> states = resolve_poses(figure);
        for (std::size_t i = 0; i < states.size(); ++i) {
            INFO(exercise.id << " / " << figure.poses[i].name);
            const Body body =
                place_body(pose_body(states[i].angles), states[i].stance, figure.props);
            CHECK(lowest_point(body) > -0.045);
            CHECK(lowest_point(body) < 0.5); // something rests on the floor or on a prop
        }
    }
}

TEST_CASE("every built-in figure draws at every moment of a rep", "[figure][builtin]")
{
    for (const Exercise& exercise : builtin_catalogue().exercises) {
        INFO(exercise.id);
        const Figure& figure = *exercise.figure;
        for (double s = 0; s < figure.seconds * 2; s += figure.seconds / 7) {
            const FigureMoment moment{FigureMoment::Kind::reps, s, 0, s > figure.seconds};
            const Scene scene = figure_scene(figure, exercise.sides, moment);
            CHECK(scene.head());
            CHECK(scene.frame.width() > 0.5);
            CHECK(scene.frame.height() > 0.5);
        }
    }
}
