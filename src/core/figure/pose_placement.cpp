// Placing a posed body on the floor: the rigid move that makes its contact points rest.
#include "core/figure/pose_kinematics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace unknot {

namespace {

// A move in the x-y plane: the body turns by `whole` (radians) about its root, which then goes to
// `root`; the upper body (or the legs) turn further by `upper` (or `legs`) about the hips.
struct Placement {
    double whole = 0;
    double upper = 0;
    double legs = 0;
    Vec3 root;
};

enum class Group { root, upper, legs };

Group group_of(std::size_t index)
{
    const auto point = static_cast<BodyPoint>(index);
    if (point == BodyPoint::root)
        return Group::root;
    const BodyPoint near_point =
        static_cast<BodyPoint>(index >= static_cast<std::size_t>(BodyPoint::far_shoulder)
                                   ? index - static_cast<std::size_t>(BodyPoint::far_shoulder) +
                                         static_cast<std::size_t>(BodyPoint::shoulder)
                                   : index);
    const bool leg = near_point >= BodyPoint::hip && near_point <= BodyPoint::toe;
    return leg ? Group::legs : Group::upper;
}

// Contacts on the legs and pelvis; the others are on the upper body.
bool on_lower_body(const std::string& contact)
{
    return contact == "feet" || contact == "toes" || contact == "knees" || contact == "seat" ||
           contact == "back" || contact == "belly";
}

Vec3 turn(Vec3 v, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    return {v.x * c - v.y * s, v.x * s + v.y * c, v.z};
}

Body apply(const Body& body, const Placement& placement)
{
    Body result = body;
    const Vec3 root = body[BodyPoint::root];
    for (std::size_t i = 0; i < kBodyPointCount; ++i) {
        const Group group = group_of(i);
        const double extra = group == Group::upper  ? placement.upper
                             : group == Group::legs ? placement.legs
                                                    : 0.0;
        result.points[i] = placement.root + turn(body.points[i] - root, placement.whole + extra);
    }
    result.face = turn(body.face, placement.whole + placement.upper);
    result.crown = turn(body.crown, placement.whole + placement.upper);
    return result;
}

double bottom(const ContactPoint& contact)
{
    return contact.centre.y - contact.radius;
}

const ContactPoint& lowest(const std::vector<ContactPoint>& contacts)
{
    return *std::min_element(contacts.begin(), contacts.end(),
                             [](const auto& a, const auto& b) { return bottom(a) < bottom(b); });
}

double normalised(double angle)
{
    return std::remainder(angle, 2.0 * std::numbers::pi);
}

// The smaller (or, with other_way, the larger) turn about `pivot` that brings `point` to
// `height`.
double turn_to_height(Vec3 pivot, Vec3 point, double height, bool other_way)
{
    const double dx = point.x - pivot.x, dy = point.y - pivot.y;
    const double reach = std::hypot(dx, dy);
    if (reach < 1e-9)
        return 0.0;
    const double target = std::asin(std::clamp((height - pivot.y) / reach, -1.0, 1.0));
    const double from = std::atan2(dy, dx);
    const double a = normalised(target - from);
    const double b = normalised(std::numbers::pi - target - from);
    return (std::abs(a) <= std::abs(b)) != other_way ? a : b;
}

// How far the lowest of `contacts` stays above `support` after turning by `angle` about
// `pivot`: negative when it would sink into it.
double clearance(const std::vector<ContactPoint>& contacts, Vec3 pivot, double support,
                 double angle)
{
    double least = std::numeric_limits<double>::infinity();
    for (const ContactPoint& c : contacts) {
        const Vec3 moved = pivot + turn(c.centre - pivot, angle);
        least = std::min(least, moved.y - c.radius - support);
    }
    return least;
}

// The lowest height of the turning part of the body (the floor is at 0).
double lowest_height(const std::vector<Vec3>& points, Vec3 pivot, double angle)
{
    double least = std::numeric_limits<double>::infinity();
    for (const Vec3& point : points)
        least = std::min(least, (pivot + turn(point - pivot, angle)).y);
    return least;
}

// How good a turn is: first, that the body does not go through the floor (within a limb's
// thickness); then, that the rest of the second contact stays clear; then, the smaller turn.
struct TipScore {
    bool above_floor = false;
    double clear = 0;
    double size = 0;
    bool better_than(const TipScore& o) const
    {
        if (above_floor != o.above_floor)
            return above_floor;
        if (std::abs(clear - o.clear) > 1e-6)
            return clear > o.clear;
        return size < o.size;
    }
};

// The turn about `pivot` that rests `second` on its support: of the turns that rest one of its
// points, the one that keeps the body above the floor and leaves the others clear (a lifted
// hand is not the one to lean on).
double tip_angle(const std::vector<ContactPoint>& second, const std::vector<Vec3>& turning,
                 Vec3 pivot, double support)
{
    constexpr double kSink = 0.08;
    double best = 0.0;
    TipScore best_score{false, -std::numeric_limits<double>::infinity(),
                        std::numeric_limits<double>::infinity()};
    for (const ContactPoint& point : second) {
        for (bool other_way : {false, true}) {
            const double angle =
                turn_to_height(pivot, point.centre, support + point.radius, other_way);
            const TipScore score{lowest_height(turning, pivot, angle) > -kSink,
                                 std::min(0.0, clearance(second, pivot, support, angle)),
                                 std::abs(angle)};
            if (score.better_than(best_score)) {
                best = angle;
                best_score = score;
            }
        }
    }
    return best;
}

std::vector<Vec3> group_points(const Body& body, bool upper, bool legs)
{
    std::vector<Vec3> points;
    for (std::size_t i = 0; i < kBodyPointCount; ++i) {
        const Group group = group_of(i);
        if ((group == Group::upper && upper) || (group == Group::legs && legs))
            points.push_back(body.points[i]);
    }
    return points;
}

// Lifts the body so that the lowest point of `contact` rests on its support.
Placement rested(const Body& body, const std::string& contact, const std::vector<Prop>& props,
                 Placement placement)
{
    const Body moved = apply(body, placement);
    const double rise =
        support_height(props, contact) - bottom(lowest(contact_points(moved, contact)));
    placement.root = placement.root + Vec3{0, rise, 0};
    return placement;
}

// With two contacts, the body bends at the hips when one is on the legs or pelvis and the other
// above (knees and hands: the trunk tips until the hands rest); otherwise it tips as a whole.
Placement tipped(const Body& body, const std::string& first, const std::string& second,
                 const std::vector<Prop>& props, Placement placement)
{
    const Body moved = apply(body, placement);
    const std::vector<ContactPoint> others = contact_points(moved, second);
    const double support = support_height(props, second);
    if (on_lower_body(first) != on_lower_body(second)) {
        const bool legs = on_lower_body(second);
        const double angle =
            tip_angle(others, group_points(moved, !legs, legs), moved[BodyPoint::root], support);
        (legs ? placement.legs : placement.upper) = angle;
        return placement;
    }
    const Vec3 pivot = lowest(contact_points(moved, first)).centre;
    placement.whole = tip_angle(others, group_points(moved, true, true), pivot, support);
    placement.root = pivot + turn(placement.root - pivot, placement.whole);
    return placement;
}

Placement placement_for(const Body& body, const Stance& stance, const std::vector<Prop>& props)
{
    const std::string first = stance.ground.empty() ? std::string("feet") : stance.ground[0];
    Placement placement{0, 0, 0, body[BodyPoint::root]};
    placement = rested(body, first, props, placement);
    if (stance.ground.size() > 1) {
        placement = tipped(body, first, stance.ground[1], props, placement);
        placement = rested(body, first, props, placement);
    }
    const Body moved = apply(body, placement);
    placement.root.x += stance.x - contact_points(moved, first).front().centre.x;
    return placement;
}

} // namespace

Body place_body(const Body& body, const Stance& stance, const std::vector<Prop>& props)
{
    return apply(body, placement_for(body, stance, props));
}

Body place_body(const Body& body, const Stance& from, const Stance& to, double t,
                const std::vector<Prop>& props)
{
    const Placement a = placement_for(body, from, props);
    if (from == to || t <= 0.0)
        return apply(body, a);
    const Placement b = placement_for(body, to, props);
    auto mix = [t](double x, double y) { return x + normalised(y - x) * t; };
    return apply(body, {mix(a.whole, b.whole), mix(a.upper, b.upper), mix(a.legs, b.legs),
                        a.root + (b.root - a.root) * t});
}

} // namespace unknot
