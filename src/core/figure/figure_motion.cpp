// The figure over time: which pose a moment of a phase shows, and the frame that holds them all.
#include "core/figure/figure_scene.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace unknot {

namespace {

constexpr double kBreathFadeSeconds = 1.5;
constexpr double kFrameMargin = 0.06;

// Angles with the stances they move between.
struct Sample {
    AngleSet angles{};
    Stance from;
    Stance to;
    double t = 0;
};

Sample still(const PoseState& state, const AngleSet& angles)
{
    return {angles, state.stance, state.stance, 0.0};
}

Sample on_timeline(const Figure& figure, const std::vector<PoseState>& states, double fraction)
{
    const TimelinePoint point = timeline_point(figure, fraction);
    const PoseState& from = states[point.from];
    const PoseState& to = states[point.to];
    return {blend(from.angles, to.angles, point.t), from.stance, to.stance, point.t};
}

double rep_seconds(const Figure& figure, const FigureMoment& moment)
{
    const double rep = moment.rep_seconds > 0 ? moment.rep_seconds : figure.seconds;
    return rep > 0 ? rep : kDefaultRepSeconds;
}

// Into the held pose along the timeline, then kept, with the breath fading in.
Sample holding(const Figure& figure, const std::vector<PoseState>& states, double seconds,
               double rep)
{
    const std::size_t held = hold_index(figure);
    const double reached = figure.poses[held].at * rep;
    if (held > 0 && seconds < reached)
        return on_timeline(figure, states, seconds / rep);
    const double amount = std::clamp((seconds - reached) / kBreathFadeSeconds, 0.0, 1.0);
    return still(states[held], breathe(states[held].angles, seconds - reached, amount));
}

Sample sample(const Figure& figure, const std::vector<PoseState>& states,
              const FigureMoment& moment)
{
    const double seconds = std::max(0.0, moment.seconds);
    const double rep = rep_seconds(figure, moment);
    switch (moment.kind) {
    case FigureMoment::Kind::hold:
        if (figure.keep_moving)
            return on_timeline(figure, states, seconds / rep);
        return holding(figure, states, seconds, rep);
    case FigureMoment::Kind::reps:
        return on_timeline(figure, states, seconds / rep);
    case FigureMoment::Kind::key:
        return still(states[hold_index(figure)], states[hold_index(figure)].angles);
    case FigureMoment::Kind::start:
        break;
    }
    const PoseState& start = states[start_index(figure)];
    return still(start, breathe(start.angles, seconds, 1.0));
}

Body placed(const Figure& figure, const Sample& s)
{
    return place_body(pose_body(s.angles), s.from, s.to, s.t, figure.props);
}

Box frame_of(const Figure& figure, const std::vector<PoseState>& states, Sides sides)
{
    Box box;
    for (const PoseState& state : states) {
        for (bool swapped : {false, true}) {
            if (swapped && sides != Sides::alternate)
                continue;
            const AngleSet angles = swapped ? swap_sides(state.angles) : state.angles;
            const Scene scene = body_scene(placed(figure, still(state, angles)), figure);
            box.add(scene.frame);
            for (const SceneProp& prop : scene.props)
                if (prop.type != "mat" || figure.view == FigureView::top)
                    box.add(prop_box(prop));
        }
    }
    if (figure.view != FigureView::top)
        box.add(Vec2{box.left, 0.0});
    box.left -= kFrameMargin;
    box.right += kFrameMargin;
    box.top += kFrameMargin;
    box.bottom -= kFrameMargin;
    return box;
}

Scene draw(const Figure& figure, const Box& frame, const Sample& s)
{
    return body_scene(placed(figure, s), figure, &frame);
}

} // namespace

Scene figure_scene(const Figure& figure, Sides sides, const FigureMoment& moment)
{
    return FigureAnimation(figure, sides).at(moment);
}

FigureAnimation::FigureAnimation(Figure figure, Sides sides)
    : figure_(std::move(figure)), sides_(sides)
{
    if (figure_.poses.empty())
        return;
    states_ = resolve_poses(figure_);
    frame_ = frame_of(figure_, states_, sides_);
}

Scene FigureAnimation::at(const FigureMoment& moment) const
{
    if (figure_.poses.empty())
        return {};
    Sample s = sample(figure_, states_, moment);
    const bool swap = moment.other_side && sides_ == Sides::alternate;
    if (swap)
        s.angles = swap_sides(s.angles);
    Scene scene = draw(figure_, frame_, s);
    return moment.other_side && !swap ? mirrored(std::move(scene)) : scene;
}

Scene key_pose_scene(const Figure& figure, std::size_t index)
{
    if (index >= figure.poses.size())
        return {};
    const std::vector<PoseState> states = resolve_poses(figure);
    const Box frame = frame_of(figure, states, Sides::none);
    return draw(figure, frame, still(states[index], states[index].angles));
}

} // namespace unknot
