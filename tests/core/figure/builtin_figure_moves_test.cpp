// The built-in figures show what their exercises say: feet on the floor at the wall, a head that
// stays up on the forearms, two separate arm lifts in one roll-out, a roller that looks like one,
// cat-camel's five-second shapes, and no prop the exercise does not list.
#include "builtin_catalogue.h"
#include "core/figure/figure_scene.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>

using namespace unknot;
using namespace unknot::test;

namespace {

using P = BodyPoint;

Body placed(const Figure& figure, const PoseState& state)
{
    return place_body(pose_body(state.angles), state.stance, figure.props);
}

double foot_bottom(const Body& body, bool far)
{
    const P heel = far ? far_twin(P::heel) : P::heel;
    const P toe = far ? far_twin(P::toe) : P::toe;
    return std::min(body[heel].y, body[toe].y) - 0.035;
}

// Which arm is off the roller: the one whose hand is clearly higher than the other's.
enum class Lifted { none, near, far };

Lifted lifted_arm(const Body& body)
{
    const double rise = body[P::hand].y - body[P::far_hand].y;
    if (rise > 0.08)
        return Lifted::near;
    if (rise < -0.08)
        return Lifted::far;
    return Lifted::none;
}

double spine_bend(const AngleSet& angles)
{
    return at(angles, Joint::lower_back) + at(angles, Joint::mid_back) +
           at(angles, Joint::upper_back);
}

} // namespace

TEST_CASE("wall splat: both feet stay on the floor, the back foot far below the hips",
          "[figure][builtin]")
{
    const Figure& figure = builtin_figure("wall-splat");
    for (const PoseState& state : resolve_poses(figure)) {
        const Body body = placed(figure, state);
        for (bool far : {false, true}) {
            INFO("far foot: " << far);
            CHECK(foot_bottom(body, far) < 0.03);
            CHECK(foot_bottom(body, far) < body[P::root].y - 0.6);
        }
    }
}

TEST_CASE("can openers: the head stays up, in line with the shoulders, never on the floor",
          "[figure][builtin]")
{
    const Figure& figure = builtin_figure("can-openers");
    const std::vector<PoseState> states = resolve_poses(figure);
    for (std::size_t i = 0; i < states.size(); ++i) {
        INFO(figure.poses[i].name);
        const Body body = placed(figure, states[i]);
        CHECK(body[P::head].y - kHeadRadius > 0.08);
        CHECK(body[P::head].y > std::min(body[P::shoulder].y, body[P::far_shoulder].y) - 0.1);
        CHECK(length(body[P::far_hand] - body[P::head]) < kHeadRadius + 0.1); // behind the head
    }
    const Body up = placed(figure, states[hold_index(figure)]);
    CHECK(up[P::far_elbow].y > up[P::far_shoulder].y + 0.15); // the elbow points up
}

TEST_CASE("the roll-out: one rep rolls out, lifts the left arm, lowers it, lifts the right, "
          "lowers it and rolls back",
          "[figure][builtin]")
{
    const Figure& figure = builtin_figure("foam-roller-arm-lift");
    const std::vector<PoseState> states = resolve_poses(figure);
    std::vector<Lifted> lifts;
    for (std::size_t i = 0; i < states.size(); ++i) {
        const Lifted lift = lifted_arm(placed(figure, states[i]));
        if (lift != Lifted::none)
            CHECK(figure.poses[i].stay >= 0.1); // a pause at each lift
        if (lifts.empty() || lifts.back() != lift)
            lifts.push_back(lift);
    }
    // The left arm is the far one on the left side, which the figure is written for.
    CHECK(lifts ==
          std::vector<Lifted>{Lifted::none, Lifted::far, Lifted::none, Lifted::near, Lifted::none});
    // It starts and ends with the forearms on the roller near the knees, the arms bent.
    const AngleSet& start = states.front().angles;
    CHECK(at(start, Joint::elbow) > 60);
    CHECK(at(start, Joint::far_elbow) > 60);
}

TEST_CASE("the roll-out's roller is drawn at a roller's size, under the forearms, its length "
          "showing",
          "[figure][builtin]")
{
    const Figure& figure = builtin_figure("foam-roller-arm-lift");
    for (std::size_t i = 0; i < figure.poses.size(); ++i) {
        INFO(figure.poses[i].name);
        const Scene scene = key_pose_scene(figure, i);
        const auto roller =
            std::find_if(scene.props.begin(), scene.props.end(),
                         [](const SceneProp& p) { return p.type == "foam-roller"; });
        REQUIRE(roller != scene.props.end());
        const Stroke* head = scene.head();
        REQUIRE(head);
        CHECK(2 * roller->size > 0.65 * head->width); // 15 cm across, a 21 cm head
        const Box box = prop_box(*roller);
        CHECK(box.width() > 2 * head->width);    // lying across the mat, seen a little
        CHECK(box.width() > 2.5 * box.height()); // from the front: a long cylinder
        double forearm = 1e9;                    // the lower forearm rests on it
        for (P point : {P::elbow, P::wrist, P::far_elbow, P::far_wrist})
            forearm = std::min(forearm, scene.joints[static_cast<std::size_t>(point)].y);
        CHECK(box.top > forearm - 0.06);
    }
}

TEST_CASE("cat-camel holds each shape about five of the ten seconds of a rep", "[figure][builtin]")
{
    const Figure& figure = builtin_figure("cat-camel");
    const std::vector<PoseState> states = resolve_poses(figure);
    const double round = spine_bend(states[pose_index(figure, "round", 0)].angles);
    const double arch = spine_bend(states[pose_index(figure, "arch", 0)].angles);
    REQUIRE(round > 20);
    REQUIRE(arch < -20);
    constexpr double kRep = 10.0, kStep = 0.01;
    double rounded = 0, arched = 0;
    for (double s = 0; s < kRep; s += kStep) {
        const TimelinePoint p = timeline_point(figure, s / kRep);
        const double bend = spine_bend(blend(states[p.from].angles, states[p.to].angles, p.t));
        if (bend >= 0.8 * round)
            rounded += kStep;
        if (bend <= 0.8 * arch)
            arched += kStep;
    }
    CHECK(rounded >= 4.5);
    CHECK(arched >= 4.5);
    CHECK(figure.poses[pose_index(figure, "round", 0)].stay * kRep >= 4.0);
    CHECK(figure.poses[pose_index(figure, "arch", 0)].stay * kRep >= 4.0);
}

TEST_CASE("a built-in figure draws only equipment its exercise lists", "[figure][builtin]")
{
    for (const Exercise& exercise : builtin_catalogue().exercises) {
        for (const Prop& prop : exercise.figure->props) {
            INFO(exercise.id << ": " << prop.type);
            CHECK(std::find(exercise.equipment.begin(), exercise.equipment.end(), prop.type) !=
                  exercise.equipment.end());
        }
    }
}
