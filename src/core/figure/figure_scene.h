// What to draw for an exercise figure at a moment of its movement: round-capped strokes and props
// in metres on a flat picture (x right, y up), back to front. The GUI only paints it.
#pragma once

#include "core/figure/pose_kinematics.h"
#include "core/figure/sides.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace unknot {

struct Vec2 {
    double x = 0;
    double y = 0;
};

struct Box {
    double left = 0;
    double bottom = 0;
    double right = 0;
    double top = 0;
    bool empty = true;
    void add(Vec2 point, double margin = 0);
    void add(const Box& other);
    double width() const { return right - left; }
    double height() const { return top - bottom; }
};

enum class Shade { near, far }; // the trunk and head are near
enum class Part { trunk, limb, head };

// One point: a disc (the head); more: a round-capped line through them (the spine is smoothed).
struct Stroke {
    std::vector<Vec2> points;
    double width = 0;
    Shade shade = Shade::near;
    Part part = Part::limb;
    double depth = 0; // toward the viewer
};

// type is a prop type; what a and b mean depends on it:
// mat: its two ends (top view: two corners); wall: a = foot of its face, b.x = +1 or -1 (the side
// the wall extends to); foam-roller, tennis-ball, massage-ball, towel (rolled): a = centre (a
// roller or rolled towel lies across the mat: `along` reaches from a to its near end);
// chair: a = middle of the seat's top, b.x = the side of its back (+1 or -1); band, towel (held):
// from a to b.
struct SceneProp {
    std::string type;
    Vec2 a;
    Vec2 b;
    double size = 0;    // radius of round props, thickness of the others
    bool spans = false; // a band or towel held from a to b
    Vec2 along;         // a roller or rolled towel: from its middle to its near end
};

inline constexpr double kChairHalfDepth = 0.2; // the seat reaches this far either side of a
inline constexpr double kChairBack = 0.45;     // the back rises this far above the seat
inline constexpr double kRollerLength = 0.9;   // a foam roller lying across the mat
inline constexpr double kRolledTowelLength = 0.6;

struct Scene {
    FigureView view = FigureView::side;
    std::vector<SceneProp> props; // drawn first
    std::vector<Stroke> strokes;  // back to front
    Vec2 face; // where the face looks, on the picture (short when it looks at the viewer)
    double face_toward = 0; // how far the face turns toward the viewer: 1 facing them, -1 away
    Vec2 crown;             // from the head's centre toward its top, on the picture
    bool floor = true;      // side and front views stand on a floor line at y = 0
    Box frame; // holds every key pose and prop: fit this, not the strokes, for a steady size
    std::array<Vec2, kBodyPointCount> joints{}; // where each body point is drawn
    const Stroke* head() const;
};

Vec2 project(Vec3 point, FigureView view);
double depth(Vec3 point, FigureView view);

// The space a prop takes on the picture (a wall: only its face; it reaches to the frame's top).
Box prop_box(const SceneProp& prop);

// The picture of a placed body. With a frame, the mat spans it and the scene keeps it as its
// own; without, the frame is the figure's outline.
Scene body_scene(const Body& body, const Figure& figure, const Box* frame = nullptr);
// The picture flipped left to right: the other side of a one-side-then-the-other exercise.
Scene mirrored(Scene scene);

// Where an exercise is in its movement.
struct FigureMoment {
    // start: the starting pose (lead-in, rests); hold: into the held pose, then kept with a slow
    // breath; reps: repeating the timeline; key: the held pose, still (a preview at rest).
    enum class Kind { start, hold, reps, key };
    Kind kind = Kind::start;
    double seconds = 0;     // since the phase began, not counting pauses
    double rep_seconds = 0; // reps: seconds per rep; 0 or less: the figure's own `seconds`
    bool other_side = false;
    bool operator==(const FigureMoment&) const = default;
};

// The other side is drawn mirrored, except for sides that alternate every rep: there the near
// and far limbs trade places, so that the figure does not flip back and forth.
Scene figure_scene(const Figure& figure, Sides sides, const FigureMoment& moment);

// The same pictures for one figure, many moments: its key poses are resolved and its frame is
// measured once, not for every frame of an animation. at() equals figure_scene() exactly.
class FigureAnimation {
public:
    FigureAnimation() = default;
    FigureAnimation(Figure figure, Sides sides);
    const Figure& figure() const { return figure_; }
    Sides sides() const { return sides_; }
    Scene at(const FigureMoment& moment) const;

private:
    Figure figure_;
    Sides sides_ = Sides::none;
    std::vector<PoseState> states_;
    Box frame_;
};
// One key pose as drawn, for strips and editors.
Scene key_pose_scene(const Figure& figure, std::size_t index);

} // namespace unknot
