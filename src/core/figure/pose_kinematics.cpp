#include "core/figure/pose_kinematics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace unknot {

Vec3 operator+(Vec3 a, Vec3 b)
{
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}

Vec3 operator-(Vec3 a, Vec3 b)
{
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}

Vec3 operator*(Vec3 a, double s)
{
    return {a.x * s, a.y * s, a.z * s};
}

double length(Vec3 v)
{
    return std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
}

namespace {

// Body measures in metres, for a person about 1.75 m tall.
constexpr double kSacrum = 0.10, kSpineSegment = 0.14, kNeck = 0.09, kHeadOffset = 0.10;
constexpr double kHalfShoulders = 0.17, kHalfHips = 0.09;
constexpr double kUpperArm = 0.27, kForearm = 0.24, kHand = 0.08;
constexpr double kThigh = 0.44, kShin = 0.42, kFootDrop = 0.035, kHeelBack = 0.05, kToeFront = 0.16,
                 kFootRadius = 0.035;
constexpr double kTrunkHalfDepth = 0.10;
constexpr double kHandRadius = 0.02;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

struct Mat3 {
    std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};
    Vec3 operator*(Vec3 v) const
    {
        return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z,
                m[6] * v.x + m[7] * v.y + m[8] * v.z};
    }
    Mat3 operator*(const Mat3& o) const
    {
        Mat3 r;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                r.m[i * 3 + j] =
                    m[i * 3] * o.m[j] + m[i * 3 + 1] * o.m[3 + j] + m[i * 3 + 2] * o.m[6 + j];
        return r;
    }
};

Mat3 rot_x(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return {{1, 0, 0, 0, c, -s, 0, s, c}};
}

Mat3 rot_y(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return {{c, 0, s, 0, 1, 0, -s, 0, c}};
}

Mat3 rot_z(double degrees)
{
    const double c = std::cos(radians(degrees)), s = std::sin(radians(degrees));
    return {{c, -s, 0, s, c, 0, 0, 0, 1}};
}

// Tips "up" toward "forward" (+x) by `degrees`: bending forward.
Mat3 pitch(double degrees)
{
    return rot_z(-degrees);
}

constexpr Vec3 kUp{0, 1, 0};
constexpr Vec3 kDown{0, -1, 0};

double angle(const AngleSet& a, Joint joint, bool far)
{
    const auto index = static_cast<std::size_t>(joint) + (far ? kLimbJointCount : 0);
    return a[index];
}

BodyPoint side_point(BodyPoint near_point, bool far)
{
    return far ? far_twin(near_point) : near_point;
}

void add_arm(Body& body, const AngleSet& a, const Mat3& chest, bool far)
{
    const double s = far ? -1.0 : 1.0;
    const Mat3 girdle =
        chest * rot_y(s * angle(a, Joint::reach, far)) * rot_x(-s * angle(a, Joint::shrug, far));
    const Vec3 shoulder = body[BodyPoint::neck_base] + girdle * Vec3{0, -0.03, s * kHalfShoulders};
    const Mat3 arm = chest * rot_y(-s * angle(a, Joint::shoulder_out, far)) *
                     rot_z(angle(a, Joint::shoulder, far));
    const Mat3 forearm = arm * rot_z(angle(a, Joint::elbow, far));
    const Mat3 hand = forearm * rot_z(angle(a, Joint::wrist, far));
    body[side_point(BodyPoint::shoulder, far)] = shoulder;
    const Vec3 elbow = shoulder + arm * Vec3{0, -kUpperArm, 0};
    const Vec3 wrist = elbow + forearm * Vec3{0, -kForearm, 0};
    body[side_point(BodyPoint::elbow, far)] = elbow;
    body[side_point(BodyPoint::wrist, far)] = wrist;
    body[side_point(BodyPoint::hand, far)] = wrist + hand * Vec3{0, -kHand, 0};
}

void add_leg(Body& body, const Mat3& pelvis, const AngleSet& a, bool far)
{
    const double s = far ? -1.0 : 1.0;
    const Vec3 hip = pelvis * Vec3{0, 0, s * kHalfHips};
    const Mat3 thigh = pelvis * rot_x(-s * angle(a, Joint::hip_out, far)) *
                       rot_z(angle(a, Joint::hip, far)) * rot_y(s * angle(a, Joint::hip_turn, far));
    const Mat3 shin = thigh * rot_z(-angle(a, Joint::knee, far));
    const Mat3 foot = shin * rot_z(-angle(a, Joint::ankle, far));
    const Vec3 knee = hip + thigh * Vec3{0, -kThigh, 0};
    const Vec3 ankle = knee + shin * Vec3{0, -kShin, 0};
    body[side_point(BodyPoint::hip, far)] = hip;
    body[side_point(BodyPoint::knee, far)] = knee;
    body[side_point(BodyPoint::ankle, far)] = ankle;
    body[side_point(BodyPoint::heel, far)] = ankle + foot * Vec3{-kHeelBack, -kFootDrop, 0};
    body[side_point(BodyPoint::toe, far)] = ankle + foot * Vec3{kToeFront, -kFootDrop, 0};
}

// The spine: the pelvis frame, then three bending joints (lower, mid and upper back).
Mat3 add_spine(Body& body, const AngleSet& a, const Mat3& pelvis)
{
    const double side = at(a, Joint::side_bend) / 3.0, twist = at(a, Joint::twist) / 3.0;
    body[BodyPoint::sacrum] = pelvis * Vec3{0, kSacrum, 0};
    Mat3 frame = pelvis;
    Vec3 point = body[BodyPoint::sacrum];
    const std::array<std::pair<Joint, BodyPoint>, 3> joints{
        {{Joint::lower_back, BodyPoint::waist},
         {Joint::mid_back, BodyPoint::mid_back},
         {Joint::upper_back, BodyPoint::neck_base}}};
    for (const auto& [joint, next] : joints) {
        frame = frame * pitch(at(a, joint)) * rot_x(side) * rot_y(-twist);
        point = point + frame * Vec3{0, kSpineSegment, 0};
        body[next] = point;
    }
    return frame;
}

void add_head(Body& body, const AngleSet& a, const Mat3& chest)
{
    const Mat3 neck = chest * pitch(at(a, Joint::neck)) * rot_x(at(a, Joint::neck_tilt)) *
                      rot_y(-at(a, Joint::neck_turn));
    body[BodyPoint::neck_top] = body[BodyPoint::neck_base] + neck * Vec3{0, kNeck, 0};
    body[BodyPoint::head] = body[BodyPoint::neck_top] + neck * Vec3{0.015, kHeadOffset, 0};
    body.face = neck * Vec3{1, 0, 0};
    body.crown = neck * kUp;
}

Vec3 midpoint(Vec3 a, Vec3 b)
{
    return (a + b) * 0.5;
}

// The frame of the upper trunk, rebuilt from the points (for contacts on the chest or back).
// The unit normal of the plane spanned by a segment and the line across it (x when degenerate).
Vec3 forward_of(Vec3 along, Vec3 side)
{
    const Vec3 f{along.y * side.z - along.z * side.y, along.z * side.x - along.x * side.z,
                 along.x * side.y - along.y * side.x};
    const double n = length(f);
    return n > 0 ? f * (1.0 / n) : Vec3{1, 0, 0};
}

Vec3 trunk_forward(const Body& body)
{
    return forward_of(body[BodyPoint::neck_base] - body[BodyPoint::mid_back],
                      body[BodyPoint::shoulder] - body[BodyPoint::far_shoulder]);
}

Vec3 pelvis_forward(const Body& body)
{
    return forward_of(body[BodyPoint::sacrum] - body[BodyPoint::root],
                      body[BodyPoint::hip] - body[BodyPoint::far_hip]);
}

std::vector<ContactPoint> pair(const Body& body, BodyPoint near_point, double radius)
{
    return {{body[near_point], radius}, {body[far_twin(near_point)], radius}};
}

std::vector<ContactPoint> limb_contact(const Body& body, std::string_view contact)
{
    if (contact == "toes")
        return pair(body, BodyPoint::toe, kFootRadius);
    if (contact == "knees")
        return pair(body, BodyPoint::knee, 0.05);
    if (contact == "elbows")
        return pair(body, BodyPoint::elbow, 0.04);
    if (contact == "shoulders")
        return pair(body, BodyPoint::shoulder, 0.06);
    if (contact == "hands") // a hand rests on its lower end: the heel of the hand or the fingers
        return {{midpoint(body[BodyPoint::wrist], body[BodyPoint::hand]), kHandRadius},
                {midpoint(body[BodyPoint::far_wrist], body[BodyPoint::far_hand]), kHandRadius},
                {body[BodyPoint::wrist], kHandRadius},
                {body[BodyPoint::far_wrist], kHandRadius},
                {body[BodyPoint::hand], kHandRadius},
                {body[BodyPoint::far_hand], kHandRadius}};
    if (contact == "forearms")
        return {{midpoint(body[BodyPoint::elbow], body[BodyPoint::wrist]), 0.035},
                {midpoint(body[BodyPoint::far_elbow], body[BodyPoint::far_wrist]), 0.035}};
    return {{body[BodyPoint::heel], kFootRadius},
            {body[BodyPoint::far_heel], kFootRadius},
            {body[BodyPoint::toe], kFootRadius},
            {body[BodyPoint::far_toe], kFootRadius}};
}

} // namespace

BodyPoint far_twin(BodyPoint point)
{
    const auto index = static_cast<std::size_t>(point);
    const auto first = static_cast<std::size_t>(BodyPoint::shoulder);
    const auto far = static_cast<std::size_t>(BodyPoint::far_shoulder);
    return index >= first && index < far ? static_cast<BodyPoint>(index - first + far) : point;
}

const std::vector<std::array<BodyPoint, 2>>& body_bones()
{
    using P = BodyPoint;
    static const std::vector<std::array<BodyPoint, 2>> bones{
        {P::root, P::sacrum},
        {P::sacrum, P::waist},
        {P::waist, P::mid_back},
        {P::mid_back, P::neck_base},
        {P::neck_base, P::neck_top},
        {P::neck_top, P::head},
        {P::shoulder, P::elbow},
        {P::elbow, P::wrist},
        {P::wrist, P::hand},
        {P::far_shoulder, P::far_elbow},
        {P::far_elbow, P::far_wrist},
        {P::far_wrist, P::far_hand},
        {P::root, P::hip},
        {P::hip, P::knee},
        {P::knee, P::ankle},
        {P::ankle, P::heel},
        {P::ankle, P::toe},
        {P::root, P::far_hip},
        {P::far_hip, P::far_knee},
        {P::far_knee, P::far_ankle},
        {P::far_ankle, P::far_heel},
        {P::far_ankle, P::far_toe},
        {P::neck_base, P::shoulder},
        {P::neck_base, P::far_shoulder},
    };
    return bones;
}

Body pose_body(const AngleSet& a)
{
    Body body;
    const Mat3 pelvis =
        pitch(at(a, Joint::pelvis)) * rot_x(at(a, Joint::lean)) * rot_y(-at(a, Joint::turn));
    const Mat3 chest = add_spine(body, a, pelvis);
    add_head(body, a, chest);
    add_arm(body, a, chest, false);
    add_arm(body, a, chest, true);
    add_leg(body, pelvis, a, false);
    add_leg(body, pelvis, a, true);
    return body;
}

std::vector<ContactPoint> contact_points(const Body& body, std::string_view contact)
{
    const Vec3 pelvis_front = pelvis_forward(body);
    const Vec3 chest_front = trunk_forward(body);
    const Vec3 pelvis_up = body[BodyPoint::sacrum] - body[BodyPoint::root];
    const Vec3 upper = midpoint(body[BodyPoint::mid_back], body[BodyPoint::neck_base]);
    if (contact == "seat")
        return {{body[BodyPoint::root] + pelvis_up * -0.8 + pelvis_front * -0.02, 0.0}};
    if (contact == "back")
        return {
            {body[BodyPoint::sacrum] + pelvis_front * -kTrunkHalfDepth, 0.0, pelvis_front * -1.0}};
    if (contact == "belly")
        return {{body[BodyPoint::sacrum] + pelvis_front * kTrunkHalfDepth, 0.0, pelvis_front}};
    if (contact == "upper-back")
        return {{upper + chest_front * -kTrunkHalfDepth, 0.0, chest_front * -1.0}};
    if (contact == "chest")
        return {{upper + chest_front * kTrunkHalfDepth, 0.0, chest_front}};
    if (contact == "head")
        return {{body[BodyPoint::head], kHeadRadius}};
    return limb_contact(body, contact);
}

double prop_height(std::string_view type)
{
    if (type == "foam-roller")
        return 0.15;
    if (type == "chair")
        return 0.45;
    if (type == "massage-ball")
        return 0.09;
    if (type == "tennis-ball")
        return 0.065;
    if (type == "towel")
        return 0.08;
    return 0.0;
}

double support_height(const std::vector<Prop>& props, std::string_view contact)
{
    for (const Prop& prop : props) {
        if (prop.under == contact)
            return prop_height(prop.type);
    }
    return 0.0;
}

} // namespace unknot
