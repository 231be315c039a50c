// Forward kinematics for exercise figures: joint angles -> joint positions in metres, and placing
// the body so that its contact points rest on the floor (or on the prop under them).
//
// World axes: x forward (the way a standing figure faces), y up, z toward the figure's near side
// (its right, which faces the viewer in the side view). The floor is y = 0.
#pragma once

#include "core/figure/pose.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace unknot {

struct Vec3 {
    double x = 0;
    double y = 0;
    double z = 0;
};

Vec3 operator+(Vec3 a, Vec3 b);
Vec3 operator-(Vec3 a, Vec3 b);
Vec3 operator*(Vec3 a, double s);
double length(Vec3 v);

enum class BodyPoint : std::size_t {
    root,
    sacrum,
    waist,
    mid_back,
    neck_base,
    neck_top,
    head,
    shoulder,
    elbow,
    wrist,
    hand,
    hip,
    knee,
    ankle,
    heel,
    toe,
    far_shoulder,
    far_elbow,
    far_wrist,
    far_hand,
    far_hip,
    far_knee,
    far_ankle,
    far_heel,
    far_toe,
    count
};
inline constexpr std::size_t kBodyPointCount = static_cast<std::size_t>(BodyPoint::count);

// The near-side point's far-side twin (shoulder -> far_shoulder); other points map to themselves.
BodyPoint far_twin(BodyPoint point);

inline constexpr double kHeadRadius = 0.105;

struct Body {
    std::array<Vec3, kBodyPointCount> points{};
    Vec3 face{1, 0, 0};  // where the face looks
    Vec3 crown{0, 1, 0}; // from the head's centre to its top
    Vec3& operator[](BodyPoint p) { return points[static_cast<std::size_t>(p)]; }
    const Vec3& operator[](BodyPoint p) const { return points[static_cast<std::size_t>(p)]; }
};

// The bones the body is made of, as pairs of points; their lengths never change.
const std::vector<std::array<BodyPoint, 2>>& body_bones();

// The body for `angles` with the middle of the hips at the origin.
Body pose_body(const AngleSet& angles);

// A point of the body's surface that can rest on something: a centre, how far the surface is
// from it, and which way the surface faces. Limbs give the near and the far point; the lower one is
// the one that rests.
struct ContactPoint {
    Vec3 centre;
    double radius = 0;
    Vec3 normal{0, -1, 0}; // out of the body: where a prop under this point sits
};
std::vector<ContactPoint> contact_points(const Body& body, std::string_view contact);

// Height of the surface a contact rests on: the floor, or the top of a prop `under` it.
double support_height(const std::vector<Prop>& props, std::string_view contact);
// Size of a prop lying under something (a roller's diameter); 0 for the others.
double prop_height(std::string_view type);

// Moves (and for two contacts, tips) the body so that its first contact rests on its support
// with the near point at stance.x, and its second contact rests on its own support.
Body place_body(const Body& body, const Stance& stance, const std::vector<Prop>& props);
// Between two stances: each placement is worked out for this body and they are blended by t.
Body place_body(const Body& body, const Stance& from, const Stance& to, double t,
                const std::vector<Prop>& props);

} // namespace unknot
