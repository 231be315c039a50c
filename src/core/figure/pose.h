// Exercise figures as data: key poses made of named joint angles, where the body touches the
// ground, the props, and when in a rep each key pose is reached (routines/FORMAT.md, "figure").
// Pure values and the math on angles; the body's shape is in core/pose_kinematics.h.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unknot {

// side: seen from the figure's right, facing right; three-quarter: from halfway between its right
// and its front, for moves across the body; front: facing the viewer; top: from above, for poses
// lying on the side or reaching out along the floor.
enum class FigureView { side, three_quarter, front, top };

struct Prop {
    std::string type;                 // one of prop_types()
    std::optional<double> x;          // metres along the floor (wall: its face)
    std::optional<double> y;          // metres above the floor (a ball held against a wall)
    std::string under;                // a contact point this prop lies under and supports
    std::vector<std::string> between; // band or towel: the two contact points it joins
    bool operator==(const Prop&) const = default;
};

struct KeyPose {
    std::string name;
    double at = 0;                        // fraction of a rep at which the pose is reached, 0..1
    double stay = 0;                      // fraction of a rep it is kept before moving on
    std::string like;                     // an earlier key pose this one starts from; may be empty
    std::vector<std::string> ground;      // contact points on the floor; the first one anchors
    std::optional<double> x;              // where the first contact point sits along the floor
    std::map<std::string, double> angles; // degrees, by joint name (angle_names())
    bool operator==(const KeyPose&) const = default;
};

inline constexpr double kDefaultRepSeconds = 4.0;

struct Figure {
    FigureView view = FigureView::side;
    double seconds = kDefaultRepSeconds; // one rep at its natural pace (previews, self-paced)
    std::vector<Prop> props;
    std::vector<KeyPose> poses; // at least one, in time order
    std::string hold;           // the key pose kept during a hold; empty: the last one
    std::string start;          // the starting pose shown before the move; empty: the first
    bool keep_moving = false;   // holds repeat the timeline (rolling on a ball) instead of a pose
    bool operator==(const Figure&) const = default;
};

// Every joint angle, near-side limbs first as "shoulder", far-side ones as "far-shoulder".
enum class Joint : std::size_t {
    pelvis,
    lean,
    turn,
    lower_back,
    mid_back,
    upper_back,
    side_bend,
    twist,
    neck,
    neck_tilt,
    neck_turn,
    shrug,
    reach,
    shoulder,
    shoulder_out,
    elbow,
    wrist,
    hip,
    hip_out,
    hip_turn,
    knee,
    ankle,
    far_shrug,
    far_reach,
    far_shoulder,
    far_shoulder_out,
    far_elbow,
    far_wrist,
    far_hip,
    far_hip_out,
    far_hip_turn,
    far_knee,
    far_ankle,
    count
};
inline constexpr std::size_t kJointCount = static_cast<std::size_t>(Joint::count);
inline constexpr std::size_t kLimbJointCount = 11; // shrug .. ankle, per side

struct AngleInfo {
    std::string_view name;
    double min = 0;
    double max = 0;
};

const AngleInfo& angle_info(Joint joint);
std::optional<Joint> joint_named(std::string_view name);
const std::vector<std::string>& angle_names();   // in Joint order
const std::vector<std::string>& prop_types();    // mat, foam-roller, wall, ...
const std::vector<std::string>& contact_names(); // feet, toes, knees, hands, ...
const std::vector<std::string>& view_names();    // side, three-quarter, front, top
std::string_view view_name(FigureView view);

using AngleSet = std::array<double, kJointCount>; // degrees; all 0: standing, arms hanging

inline double& at(AngleSet& angles, Joint joint)
{
    return angles[static_cast<std::size_t>(joint)];
}
inline double at(const AngleSet& angles, Joint joint)
{
    return angles[static_cast<std::size_t>(joint)];
}

// Where the body rests: contact points on the floor (the first anchors) and the first's place.
struct Stance {
    std::vector<std::string> ground{std::string("feet")};
    double x = 0;
    bool operator==(const Stance&) const = default;
};

// A key pose with everything filled in.
struct PoseState {
    AngleSet angles{};
    Stance stance;
};

// Fills in every key pose: a far-side angle not given follows the near-side one given in the same
// pose; other angles not given come from the `like` pose, or are neutral (0). Ground and x not
// given come from the `like` pose too. Unknown names are ignored (validation reports them).
std::vector<PoseState> resolve_poses(const Figure& figure);
std::size_t pose_index(const Figure& figure, std::string_view name, std::size_t fallback);
std::size_t hold_index(const Figure& figure);  // `hold`, or the last key pose
std::size_t start_index(const Figure& figure); // `start`, or the first

// Cosine easing: 0 -> 0, 0.5 -> 0.5, 1 -> 1, flat at both ends.
double ease(double t);
// Linear blend of every angle: t = 0 gives a, 1 gives b.
AngleSet blend(const AngleSet& a, const AngleSet& b, double t);

// Where in the timeline `fraction` (0..1, wrapping) falls: key pose `from` blending into `to`
// by eased `t` (0 while a pose stays).
struct TimelinePoint {
    std::size_t from = 0;
    std::size_t to = 0;
    double t = 0;
};
TimelinePoint timeline_point(const Figure& figure, double fraction);

// The same move on the other side: near and far limbs swap and sideways angles change sign.
AngleSet swap_sides(const AngleSet& angles);

// A slow breath (about 5 s) that lifts the chest and shoulders a little; `amount` 0..1 fades it.
AngleSet breathe(const AngleSet& angles, double seconds, double amount);

} // namespace unknot
