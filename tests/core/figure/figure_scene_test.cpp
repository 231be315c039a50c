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

namespace {

const Stroke& limb_from(const Scene& scene, P first)
{
    const Vec2 at = joint(scene, first);
    for (const Stroke& stroke : scene.strokes)
        if (stroke.part == Part::limb && stroke.points.front().x == at.x &&
            stroke.points.front().y == at.y)
            return stroke;
    FAIL("no limb starts there");
    throw;
}

// Lying on the far side (left side down), seen from above or from the side.
Figure on_the_side(FigureView view)
{
    Figure figure;
    figure.view = view;
    KeyPose pose = key("side", 0, {{"pelvis", 90}, {"turn", 90}, {"hip", 90}, {"knee", 90}});
    pose.ground = {"shoulders"};
    figure.poses = {pose};
    return figure;
}

} // namespace

TEST_CASE("from above, the limbs underneath are drawn lighter: the bottom arm and leg of a body "
          "lying on its side",
          "[figure]")
{
    const Scene scene = key_pose_scene(on_the_side(FigureView::top), 0);
    CHECK(limb_from(scene, P::hip).shade == Shade::near);
    CHECK(limb_from(scene, P::shoulder).shade == Shade::near);
    CHECK(limb_from(scene, P::far_hip).shade == Shade::far);
    CHECK(limb_from(scene, P::far_shoulder).shade == Shade::far);
}

TEST_CASE("seen from the front-right, a near leg reaching back is still near", "[figure]")
{
    Figure figure = on_the_side(FigureView::three_quarter);
    figure.poses[0] = key("kneel", 0,
                          {{"pelvis", 90},
                           {"hip", 90},
                           {"knee", 90},
                           {"ankle", 90},
                           {"shoulder", 90},
                           {"wrist", 90}});
    figure.poses[0].ground = {"knees", "hands"};
    const Scene scene = key_pose_scene(figure, 0);
    CHECK(limb_from(scene, P::hip).shade == Shade::near);
    CHECK(limb_from(scene, P::far_hip).shade == Shade::far);
}

TEST_CASE("the scene says whether the face turns to the viewer or away", "[figure]")
{
    Figure figure = arm_raise();
    figure.view = FigureView::front;
    CHECK(key_pose_scene(figure, 0).face_toward > 0.9); // facing the viewer
    figure.poses[0].angles["turn"] = 180;
    CHECK(key_pose_scene(figure, 0).face_toward < -0.9); // the back of the head
    figure.view = FigureView::side;
    CHECK(std::abs(key_pose_scene(figure, 0).face_toward) < 0.1); // in profile
}

TEST_CASE("a roller lying across the mat shows its length, a ball only its round", "[figure]")
{
    Figure figure;
    KeyPose pose = key("lying", 0, {{"pelvis", -90}, {"hip", 45}, {"knee", 90}});
    pose.ground = {"upper-back", "feet"};
    figure.poses = {pose};
    figure.props = {Prop{"foam-roller", {}, {}, "upper-back", {}},
                    Prop{"tennis-ball", {}, {}, "back", {}}};
    const auto along = [&](FigureView view, std::size_t prop) {
        figure.view = view;
        return key_pose_scene(figure, 0).props[prop].along;
    };
    // Its near end, half of a 90 cm roller toward the viewer: a little left from the side,
    // further from the front-right, straight down the picture from above.
    CHECK(along(FigureView::side, 0).x == Approx(-0.3 * kRollerLength / 2));
    CHECK(along(FigureView::three_quarter, 0).x == Approx(-std::sqrt(0.5) * kRollerLength / 2));
    CHECK(along(FigureView::top, 0).y == Approx(-kRollerLength / 2));
    CHECK(along(FigureView::side, 1).x == 0);
    figure.view = FigureView::side;
    const Scene scene = key_pose_scene(figure, 0);
    const SceneProp& roller = scene.props[0];
    CHECK(prop_box(roller).width() == Approx(2 * std::abs(roller.along.x) + 2 * roller.size));
    // Its middle is under the middle of the body, whichever side rests on it.
    CHECK(roller.a.x == Approx(joint(scene, P::mid_back).x).margin(0.12));
}

TEST_CASE("a band around the feet ends at the soles, not at a heel", "[figure]")
{
    Figure figure;
    KeyPose pose = key(
        "sit", 0, {{"pelvis", -10}, {"hip", 80}, {"knee", 10}, {"ankle", -20}, {"shoulder", 70}});
    pose.ground = {"seat"};
    figure.poses = {pose};
    figure.props = {Prop{"band", {}, {}, {}, {"hands", "feet"}}};
    const Scene scene = key_pose_scene(figure, 0);
    Vec2 soles;
    for (P point : {P::heel, P::toe, P::far_heel, P::far_toe}) {
        soles.x += joint(scene, point).x / 4;
        soles.y += joint(scene, point).y / 4;
    }
    const Vec2 end = scene.props[0].b;
    CHECK(end.x == Approx(soles.x).margin(0.01));
    CHECK(end.y == Approx(soles.y).margin(0.01));
    const Vec2 heel = joint(scene, P::heel);
    CHECK(std::hypot(end.x - heel.x, end.y - heel.y) > 0.06);
}
