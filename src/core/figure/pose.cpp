#include "core/figure/pose.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace unknot {

namespace {

// Ranges are what a body can do, a little generously, so that no typo passes unnoticed.
constexpr std::array<AngleInfo, kJointCount> kAngles{{
    {"pelvis", -180, 180},      {"lean", -90, 90},
    {"turn", -180, 180},        {"lower-back", -45, 45},
    {"mid-back", -45, 45},      {"upper-back", -45, 45},
    {"side-bend", -60, 60},     {"twist", -90, 90},
    {"neck", -60, 60},          {"neck-tilt", -50, 50},
    {"neck-turn", -80, 80},     {"shrug", -20, 40},
    {"reach", -30, 30},         {"shoulder", -90, 190},
    {"shoulder-out", -90, 135}, {"elbow", -10, 160},
    {"wrist", -90, 100},        {"hip", -40, 170},
    {"hip-out", -30, 90},       {"hip-turn", -60, 60},
    {"knee", -10, 160},         {"ankle", -45, 90},
    {"far-shrug", -20, 40},     {"far-reach", -30, 30},
    {"far-shoulder", -90, 190}, {"far-shoulder-out", -90, 135},
    {"far-elbow", -10, 160},    {"far-wrist", -90, 100},
    {"far-hip", -40, 170},      {"far-hip-out", -30, 90},
    {"far-hip-turn", -60, 60},  {"far-knee", -10, 160},
    {"far-ankle", -45, 90},
}};

constexpr std::size_t kFirstNear = static_cast<std::size_t>(Joint::shrug);
constexpr std::size_t kFirstFar = static_cast<std::size_t>(Joint::far_shrug);

// Angles that lean, bend or turn toward one side; they change sign on the other side.
constexpr std::array<Joint, 6> kSideways{Joint::lean,  Joint::turn,      Joint::side_bend,
                                         Joint::twist, Joint::neck_tilt, Joint::neck_turn};

constexpr double kBreathSeconds = 5.0;

// A far-side angle not given follows the near-side one given in the same pose.
void follow_near(AngleSet& angles, const std::array<bool, kJointCount>& set)
{
    for (std::size_t i = 0; i < kLimbJointCount; ++i) {
        if (set[kFirstNear + i] && !set[kFirstFar + i])
            angles[kFirstFar + i] = angles[kFirstNear + i];
    }
}

PoseState resolve_one(const KeyPose& pose, const PoseState* like)
{
    PoseState state = like ? *like : PoseState{};
    std::array<bool, kJointCount> set{};
    for (const auto& [name, degrees] : pose.angles) {
        if (const auto joint = joint_named(name)) {
            at(state.angles, *joint) = degrees;
            set[static_cast<std::size_t>(*joint)] = true;
        }
    }
    follow_near(state.angles, set);
    if (!pose.ground.empty())
        state.stance.ground = pose.ground;
    if (pose.x)
        state.stance.x = *pose.x;
    return state;
}

double wrap_fraction(double fraction)
{
    const double wrapped = fraction - std::floor(fraction);
    return std::isfinite(wrapped) ? wrapped : 0.0;
}

} // namespace

const AngleInfo& angle_info(Joint joint)
{
    return kAngles[static_cast<std::size_t>(joint)];
}

std::optional<Joint> joint_named(std::string_view name)
{
    for (std::size_t i = 0; i < kJointCount; ++i) {
        if (kAngles[i].name == name)
            return static_cast<Joint>(i);
    }
    return std::nullopt;
}

const std::vector<std::string>& angle_names()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> result;
        for (const AngleInfo& info : kAngles)
            result.emplace_back(info.name);
        return result;
    }();
    return names;
}

const std::vector<std::string>& prop_types()
{
    static const std::vector<std::string> types{
        "mat", "foam-roller", "wall", "tennis-ball", "massage-ball", "towel", "chair", "band"};
    return types;
}

const std::vector<std::string>& contact_names()
{
    static const std::vector<std::string> names{
        "feet", "toes",       "knees", "hands", "forearms", "elbows",   "seat",
        "back", "upper-back", "belly", "chest", "head",     "shoulders"};
    return names;
}

const std::vector<std::string>& view_names()
{
    static const std::vector<std::string> names{"side", "three-quarter", "front", "top"};
    return names;
}

std::string_view view_name(FigureView view)
{
    return view_names()[static_cast<std::size_t>(view)];
}

std::vector<PoseState> resolve_poses(const Figure& figure)
{
    std::vector<PoseState> states;
    states.reserve(figure.poses.size());
    for (std::size_t i = 0; i < figure.poses.size(); ++i) {
        const KeyPose& pose = figure.poses[i];
        const std::size_t like = pose.like.empty() ? i : pose_index(figure, pose.like, i);
        states.push_back(resolve_one(pose, like < i ? &states[like] : nullptr));
    }
    return states;
}

std::size_t pose_index(const Figure& figure, std::string_view name, std::size_t fallback)
{
    for (std::size_t i = 0; i < figure.poses.size(); ++i) {
        if (figure.poses[i].name == name)
            return i;
    }
    return fallback;
}

std::size_t hold_index(const Figure& figure)
{
    const std::size_t last = figure.poses.empty() ? 0 : figure.poses.size() - 1;
    return pose_index(figure, figure.hold, last);
}

std::size_t start_index(const Figure& figure)
{
    return pose_index(figure, figure.start, 0);
}

double ease(double t)
{
    const double clamped = std::clamp(t, 0.0, 1.0);
    return 0.5 - 0.5 * std::cos(clamped * std::numbers::pi);
}

AngleSet blend(const AngleSet& a, const AngleSet& b, double t)
{
    AngleSet result{};
    for (std::size_t i = 0; i < kJointCount; ++i)
        result[i] = a[i] + (b[i] - a[i]) * t;
    return result;
}

TimelinePoint timeline_point(const Figure& figure, double fraction)
{
    const std::vector<KeyPose>& poses = figure.poses;
    if (poses.size() < 2)
        return {};
    const double f = wrap_fraction(fraction);
    std::size_t i = 0;
    while (i + 1 < poses.size() && poses[i + 1].at <= f)
        ++i;
    const std::size_t next = (i + 1) % poses.size();
    const double leave = poses[i].at + poses[i].stay;
    const double arrive = next == 0 ? 1.0 : poses[next].at;
    if (f <= leave || arrive <= leave)
        return {i, next, 0.0};
    return {i, next, ease((f - leave) / (arrive - leave))};
}

AngleSet swap_sides(const AngleSet& angles)
{
    AngleSet result = angles;
    for (std::size_t i = 0; i < kLimbJointCount; ++i)
        std::swap(result[kFirstNear + i], result[kFirstFar + i]);
    for (Joint joint : kSideways)
        at(result, joint) = -at(result, joint);
    return result;
}

AngleSet breathe(const AngleSet& angles, double seconds, double amount)
{
    const double breath = amount * std::sin(2.0 * std::numbers::pi * seconds / kBreathSeconds);
    AngleSet result = angles;
    at(result, Joint::upper_back) -= 2.5 * breath;
    at(result, Joint::mid_back) -= 1.5 * breath;
    at(result, Joint::neck) += 1.0 * breath;
    at(result, Joint::shrug) += 3.0 * breath;
    at(result, Joint::far_shrug) += 3.0 * breath;
    return result;
}

} // namespace unknot
