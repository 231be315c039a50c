// The math of exercise figures: easing, timelines, filling in key poses, the other side, the
// body's shape (bones keep their length) and resting it on the floor.
#include "core/figure/pose.h"
#include "core/figure/pose_kinematics.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace unknot;

namespace {

KeyPose key(const std::string& name, double at, std::map<std::string, double> angles = {},
            double stay = 0, const std::string& like = {})
{
    KeyPose pose;
    pose.name = name;
    pose.at = at;
    pose.stay = stay;
    pose.like = like;
    pose.angles = std::move(angles);
    return pose;
}

AngleSet all_fours()
{
    AngleSet a{};
    at(a, Joint::pelvis) = 90;
    at(a, Joint::hip) = at(a, Joint::far_hip) = 90;
    at(a, Joint::knee) = at(a, Joint::far_knee) = 90;
    at(a, Joint::ankle) = at(a, Joint::far_ankle) = 90;
    at(a, Joint::shoulder) = at(a, Joint::far_shoulder) = 90;
    at(a, Joint::wrist) = at(a, Joint::far_wrist) = 90;
    return a;
}

double lowest_bottom(const Body& body, const std::string& contact)
{
    double lowest = 1e9;
    for (const ContactPoint& p : contact_points(body, contact))
        lowest = std::min(lowest, p.centre.y - p.radius);
    return lowest;
}

Stance stance(std::vector<std::string> ground, double x = 0)
{
    Stance s;
    s.ground = std::move(ground);
    s.x = x;
    return s;
}

} // namespace

TEST_CASE("easing starts and ends still and is halfway at half time", "[pose]")
{
    CHECK(ease(0) == Approx(0));
    CHECK(ease(0.5) == Approx(0.5));
    CHECK(ease(1) == Approx(1));
    CHECK(ease(0.1) < 0.1); // slow start
    CHECK(ease(0.9) > 0.9); // slow end
    CHECK(ease(-1) == Approx(0));
    CHECK(ease(2) == Approx(1));
}

TEST_CASE("blending angles gives the first pose, the midpoint and the second pose", "[pose]")
{
    AngleSet a{};
    AngleSet b{};
    at(a, Joint::knee) = 10;
    at(b, Joint::knee) = 90;
    at(b, Joint::far_shoulder) = -40;
    CHECK(at(blend(a, b, 0), Joint::knee) == Approx(10));
    CHECK(at(blend(a, b, 0.5), Joint::knee) == Approx(50));
    CHECK(at(blend(a, b, 0.5), Joint::far_shoulder) == Approx(-20));
    CHECK(at(blend(a, b, 1), Joint::knee) == Approx(90));
}

TEST_CASE("the timeline reaches each key pose at its time, stays, and loops back", "[pose]")
{
    Figure figure;
    figure.poses = {key("a", 0), key("b", 0.2, {}, 0.3), key("c", 0.7)};
    auto at_fraction = [&](double f) { return timeline_point(figure, f); };
    CHECK(at_fraction(0).from == 0);
    CHECK(at_fraction(0).t == Approx(0));
    CHECK(at_fraction(0.1).to == 1);
    CHECK(at_fraction(0.1).t == Approx(0.5)); // halfway from a to b, eased
    CHECK(at_fraction(0.2).from == 1);
    CHECK(at_fraction(0.4).from == 1); // staying at b until 0.5
    CHECK(at_fraction(0.4).t == Approx(0));
    CHECK(at_fraction(0.6).to == 2);
    CHECK(at_fraction(0.6).t == Approx(0.5));
    CHECK(at_fraction(0.85).from == 2);
    CHECK(at_fraction(0.85).to == 0); // the rep ends back at the first pose
    CHECK(at_fraction(0.85).t == Approx(0.5));
    CHECK(at_fraction(1.1).to == 1); // the next rep
    CHECK(at_fraction(1.1).t == Approx(0.5));
}

TEST_CASE("key poses fill in from neutral, from the near side and from the pose they are like",
          "[pose]")
{
    Figure figure;
    figure.poses = {key("kneel", 0, {{"knee", 90}, {"shoulder", 90}}),
                    key("lift", 0.5, {{"shoulder", 170}, {"far-hip", -5}}, 0, "kneel"),
                    key("both", 0.7, {{"elbow", 30}}, 0, "lift")};
    const std::vector<PoseState> states = resolve_poses(figure);
    REQUIRE(states.size() == 3);
    CHECK(at(states[0].angles, Joint::far_knee) == 90); // follows the near side
    CHECK(at(states[0].angles, Joint::pelvis) == 0);    // neutral
    CHECK(at(states[1].angles, Joint::knee) == 90);     // from "kneel"
    CHECK(at(states[1].angles, Joint::shoulder) == 170);
    CHECK(at(states[1].angles, Joint::far_shoulder) == 170); // follows this pose's near side
    CHECK(at(states[1].angles, Joint::far_hip) == -5);
    CHECK(at(states[1].angles, Joint::hip) == 0);
    CHECK(at(states[2].angles, Joint::shoulder) == 170); // a chain of likes
    CHECK(at(states[2].angles, Joint::far_elbow) == 30);
}

TEST_CASE("the hold and start poses are the named ones or the last and the first", "[pose]")
{
    Figure figure;
    figure.poses = {key("a", 0), key("b", 0.3), key("c", 0.6)};
    CHECK(hold_index(figure) == 2);
    CHECK(start_index(figure) == 0);
    figure.hold = "b";
    figure.start = "c";
    CHECK(hold_index(figure) == 1);
    CHECK(start_index(figure) == 2);
}

TEST_CASE("the other side swaps near and far limbs and turns sideways angles around", "[pose]")
{
    AngleSet a{};
    at(a, Joint::shoulder) = 170;
    at(a, Joint::far_hip) = -10;
    at(a, Joint::neck_tilt) = 30;
    at(a, Joint::twist) = -20;
    at(a, Joint::pelvis) = 90;
    const AngleSet b = swap_sides(a);
    CHECK(at(b, Joint::far_shoulder) == 170);
    CHECK(at(b, Joint::shoulder) == 0);
    CHECK(at(b, Joint::hip) == -10);
    CHECK(at(b, Joint::neck_tilt) == -30);
    CHECK(at(b, Joint::twist) == 20);
    CHECK(at(b, Joint::pelvis) == 90);
    CHECK(swap_sides(b) == a);
}

TEST_CASE("a breath moves the chest and shoulders a little and fades to nothing", "[pose]")
{
    const AngleSet still{};
    CHECK(breathe(still, 1.25, 0.0) == still);
    const AngleSet in = breathe(still, 1.25, 1.0); // a quarter of a 5 s breath: fully in
    CHECK(at(in, Joint::upper_back) < -2);
    CHECK(at(in, Joint::shrug) > 2);
    CHECK(std::abs(at(in, Joint::shrug)) < 5);
}

TEST_CASE("every bone keeps its length whatever the angles", "[pose][kinematics]")
{
    const Body neutral = pose_body(AngleSet{});
    AngleSet bent{};
    for (std::size_t i = 0; i < kJointCount; ++i) {
        const AngleInfo& info = angle_info(static_cast<Joint>(i));
        bent[i] = info.min + (info.max - info.min) * (0.3 + 0.05 * static_cast<double>(i % 7));
    }
    const Body posed = place_body(pose_body(bent), stance({"knees", "hands"}, 0.4), {});
    for (const auto& [from, to] : body_bones()) {
        const double before = length(neutral[to] - neutral[from]);
        CHECK(length(posed[to] - posed[from]) == Approx(before).margin(1e-9));
        CHECK(before > 0.04);
    }
}

TEST_CASE("standing neutral is upright: head above hips above feet", "[pose][kinematics]")
{
    const Body body = place_body(pose_body(AngleSet{}), stance({"feet"}), {});
    CHECK(body[BodyPoint::head].y > 1.5);
    CHECK(body[BodyPoint::head].y < 1.9);
    CHECK(body[BodyPoint::root].y > body[BodyPoint::knee].y);
    CHECK(lowest_bottom(body, "feet") == Approx(0).margin(1e-9));
    CHECK(body[BodyPoint::heel].x == Approx(0).margin(1e-9)); // the anchor sits at x
    CHECK(body[BodyPoint::shoulder].z > 0);                   // the near side faces the viewer
    CHECK(body[BodyPoint::far_shoulder].z < 0);
    CHECK(body.face.x == Approx(1)); // facing forward
}

TEST_CASE("two ground contacts both rest: knees and hands, whatever the back does",
          "[pose][kinematics]")
{
    for (double round : {-15.0, 0.0, 20.0}) {
        AngleSet a = all_fours();
        at(a, Joint::mid_back) = round;
        at(a, Joint::upper_back) = round;
        const Body body = place_body(pose_body(a), stance({"knees", "hands"}, 0.3), {});
        INFO("mid and upper back " << round);
        CHECK(lowest_bottom(body, "knees") == Approx(0).margin(1e-6));
        CHECK(lowest_bottom(body, "hands") == Approx(0).margin(1e-6));
        CHECK(body[BodyPoint::knee].x == Approx(0.3).margin(1e-9));
        // The legs keep their own angles: shins flat on the floor.
        CHECK(body[BodyPoint::ankle].y == Approx(body[BodyPoint::knee].y).margin(1e-6));
    }
}

TEST_CASE("a lifted hand is not leaned on: the other hand rests", "[pose][kinematics]")
{
    AngleSet a = all_fours();
    at(a, Joint::shoulder) = 180; // bird dog: the near arm reaches forward
    const Body body = place_body(pose_body(a), stance({"knees", "hands"}), {});
    CHECK(lowest_bottom(body, "hands") == Approx(0).margin(1e-6)); // the far hand rests
    CHECK(body[BodyPoint::far_wrist].y < 0.05);
    CHECK(body[BodyPoint::hand].y > 0.3); // the near one is up
}

TEST_CASE("a prop under a contact raises it by the prop's height", "[pose][kinematics]")
{
    AngleSet a = all_fours();
    at(a, Joint::shoulder) = at(a, Joint::far_shoulder) = 80;
    at(a, Joint::elbow) = at(a, Joint::far_elbow) = 95;
    at(a, Joint::wrist) = at(a, Joint::far_wrist) = 0;
    Prop roller;
    roller.type = "foam-roller";
    roller.under = "forearms";
    const Body body = place_body(pose_body(a), stance({"knees", "forearms"}), {roller});
    CHECK(lowest_bottom(body, "forearms") == Approx(prop_height("foam-roller")).margin(1e-6));
    CHECK(lowest_bottom(body, "knees") == Approx(0).margin(1e-6));
}

TEST_CASE("between two stances the placement blends from one to the other", "[pose][kinematics]")
{
    const Body body = pose_body(AngleSet{});
    const Stance here = stance({"feet"}, 0.0);
    const Stance there = stance({"feet"}, 1.0);
    CHECK(place_body(body, here, there, 0.0, {})[BodyPoint::heel].x == Approx(0).margin(1e-9));
    CHECK(place_body(body, here, there, 0.5, {})[BodyPoint::heel].x == Approx(0.5));
    CHECK(place_body(body, here, there, 1.0, {})[BodyPoint::heel].x == Approx(1.0));
}
