// What a figure shows over time: the pose a moment of a phase shows, the other side, a steady
// frame, and the strokes in back-to-front order.
#include "core/figure/figure_scene.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace unknot;

namespace {

using P = BodyPoint;

KeyPose key(const std::string& name, double at, std::map<std::string, double> angles,
            double stay = 0)
{
    KeyPose pose;
    pose.name = name;
    pose.at = at;
    pose.stay = stay;
    pose.ground = {"feet"};
    pose.angles = std::move(angles);
    return pose;
}

// Standing; the near arm rises to the front (0.5 of a 4 s rep) and stays up until 0.75.
Figure arm_raise()
{
    Figure figure;
    figure.poses = {key("down", 0, {}),
                    key("up", 0.5, {{"shoulder", 90}, {"far-shoulder", 0}}, 0.25)};
    figure.hold = "up";
    return figure;
}

Vec2 joint(const Scene& scene, P point)
{
    return scene.joints[static_cast<std::size_t>(point)];
}

// Height of the near hand above the near shoulder on the picture.
double hand_rise(const Scene& scene)
{
    return joint(scene, P::hand).y - joint(scene, P::shoulder).y;
}

FigureMoment moment(FigureMoment::Kind kind, double seconds, double rep = 0, bool other = false)
{
    return {kind, seconds, rep, other};
}

} // namespace

TEST_CASE("paced reps move through the key poses at the tempo", "[figure][scene]")
{
    const Figure figure = arm_raise();
    const double hanging = hand_rise(key_pose_scene(figure, 0));
    const double forward = hand_rise(key_pose_scene(figure, 1));
    CHECK(hanging < -0.5);
    CHECK(forward == Approx(0).margin(0.02));
    auto rise = [&](double seconds, double tempo) {
        return hand_rise(
            figure_scene(figure, Sides::none, moment(FigureMoment::Kind::reps, seconds, tempo)));
    };
    CHECK(rise(0, 10) == Approx(hanging));
    CHECK(rise(5, 10) == Approx(forward));  // reached at half the rep
    CHECK(rise(7, 10) == Approx(forward));  // still up while it stays
    CHECK(rise(10, 10) == Approx(hanging)); // the next rep starts down
    CHECK(rise(2.5, 5) == Approx(forward)); // twice as fast at a tempo of 5
    CHECK(rise(2.5, 10) > hanging + 0.1);   // on its way up
    CHECK(rise(2.5, 10) < forward - 0.1);
    CHECK(rise(2, 0) == Approx(forward)); // self-paced: the figure's own 4 s
}

TEST_CASE("a hold eases into the held pose, then keeps it with a slow breath", "[figure][scene]")
{
    const Figure figure = arm_raise();
    auto scene_at = [&](double seconds) {
        return figure_scene(figure, Sides::none, moment(FigureMoment::Kind::hold, seconds));
    };
    const double forward = hand_rise(key_pose_scene(figure, 1));
    CHECK(hand_rise(scene_at(0)) < -0.5);
    CHECK(hand_rise(scene_at(2)) == Approx(forward)); // reached at 0.5 of 4 s
    CHECK(hand_rise(scene_at(30)) == Approx(forward).margin(0.03));
    // Breathing: the shoulders move a little, never much.
    double low = 1e9, high = -1e9;
    for (double s = 10; s < 15; s += 0.25) {
        const double y = joint(scene_at(s), P::shoulder).y;
        low = std::min(low, y);
        high = std::max(high, y);
    }
    CHECK(high - low > 0.001);
    CHECK(high - low < 0.03);
}

TEST_CASE("a figure that keeps moving repeats its timeline during holds", "[figure][scene]")
{
    Figure figure = arm_raise();
    figure.keep_moving = true;
    const double hanging = hand_rise(key_pose_scene(figure, 0));
    const auto at = [&](double s) {
        return hand_rise(figure_scene(figure, Sides::none, moment(FigureMoment::Kind::hold, s)));
    };
    CHECK(at(16) == Approx(hanging)); // the fifth rep starting
    CHECK(at(18) > hanging + 0.3);
}

TEST_CASE("the lead-in shows the start pose", "[figure][scene]")
{
    Figure figure = arm_raise();
    CHECK(hand_rise(figure_scene(figure, Sides::none, moment(FigureMoment::Kind::start, 0))) ==
          Approx(hand_rise(key_pose_scene(figure, 0))));
    figure.start = "up";
    CHECK(hand_rise(figure_scene(figure, Sides::none, moment(FigureMoment::Kind::start, 0))) ==
          Approx(hand_rise(key_pose_scene(figure, 1))));
}

TEST_CASE("the other side of a one-side-then-the-other move is the mirror image", "[figure]")
{
    const Figure figure = arm_raise();
    const Scene one = figure_scene(figure, Sides::each, moment(FigureMoment::Kind::hold, 3));
    const Scene other =
        figure_scene(figure, Sides::each, moment(FigureMoment::Kind::hold, 3, 0, true));
    for (std::size_t i = 0; i < kBodyPointCount; ++i) {
        CHECK(other.joints[i].x == Approx(-one.joints[i].x).margin(1e-9));
        CHECK(other.joints[i].y == Approx(one.joints[i].y).margin(1e-9));
    }
    CHECK(other.frame.left == Approx(-one.frame.right));
    CHECK(other.face.x == Approx(-one.face.x));
    const Scene back = mirrored(other);
    for (std::size_t i = 0; i < kBodyPointCount; ++i)
        CHECK(back.joints[i].x == Approx(one.joints[i].x).margin(1e-9));
}

TEST_CASE("alternating sides trade the near and far limbs instead of flipping", "[figure]")
{
    const Figure figure = arm_raise();
    const Scene one = figure_scene(figure, Sides::alternate, moment(FigureMoment::Kind::hold, 3));
    const Scene other =
        figure_scene(figure, Sides::alternate, moment(FigureMoment::Kind::hold, 3, 0, true));
    CHECK(joint(other, P::head).x == Approx(joint(one, P::head).x)); // still facing the same way
    const double far_rise = joint(other, P::far_hand).y - joint(other, P::far_shoulder).y;
    CHECK(far_rise == Approx(hand_rise(one)).margin(0.01)); // the far arm is the one up now
    CHECK(hand_rise(other) < -0.5);
}

TEST_CASE("the frame holds every key pose and stays put while the figure moves", "[figure]")
{
    const Figure figure = arm_raise();
    const Box frame = key_pose_scene(figure, 0).frame;
    for (double s = 0; s < 4; s += 0.5) {
        const Scene scene = figure_scene(figure, Sides::none, moment(FigureMoment::Kind::reps, s));
        CHECK(scene.frame.left == frame.left);
        CHECK(scene.frame.top == frame.top);
        for (const Stroke& stroke : scene.strokes)
            for (Vec2 p : stroke.points) {
                CHECK(p.x >= frame.left);
                CHECK(p.x <= frame.right);
                CHECK(p.y >= frame.bottom);
                CHECK(p.y <= frame.top);
            }
    }
    CHECK(frame.bottom < 0); // the floor is in the picture
}

TEST_CASE("from the side, far limbs are drawn first and lighter, near limbs last", "[figure]")
{
    const Scene scene = key_pose_scene(arm_raise(), 0);
    REQUIRE(scene.head());
    std::size_t far_limbs = 0, near_limbs = 0;
    for (std::size_t i = 0; i < scene.strokes.size(); ++i) {
        const Stroke& s = scene.strokes[i];
        if (s.part != Part::limb)
            continue;
        if (s.shade == Shade::far) {
            ++far_limbs;
            CHECK(s.depth < scene.strokes.back().depth);
        } else {
            ++near_limbs;
        }
        if (i > 0)
            CHECK(scene.strokes[i - 1].depth <= s.depth);
    }
    CHECK(far_limbs == 2);
    CHECK(near_limbs == 2);
}

TEST_CASE("a figure without key poses draws nothing", "[figure]")
{
    const Figure empty;
    CHECK(figure_scene(empty, Sides::none, {}).strokes.empty());
    CHECK(key_pose_scene(empty, 0).strokes.empty());
}
