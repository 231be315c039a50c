#include "core/figure/figure_scene.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace unknot {

namespace {

using P = BodyPoint;

// Seen a little from the front in the side view, so that near and far limbs do not hide each
// other: the near side shifts back, the far side forward.
constexpr double kSideShear = 0.3;
// From the front, seen a little from the figure's left, so that thighs and arms reaching toward
// the viewer still show.
constexpr double kFrontShear = 0.3;
constexpr double kBehind = 0.05; // metres behind the spine from which a limb is "far"

// Limbs are drawn as whole chains, so that the gap drawn around a near limb (to set it off from
// the trunk) never cuts into the limb itself.
struct Chain {
    std::initializer_list<P> points;
    double width;
    P middle; // the middle of the body where the limb starts
};

const std::array<Chain, 2> kChains{
    {{{P::shoulder, P::elbow, P::wrist, P::hand}, 0.07, P::neck_base},
     {{P::hip, P::knee, P::ankle, P::heel, P::toe}, 0.09, P::root}}};

double trunk_width(FigureView view)
{
    return view == FigureView::front ? 0.24 : 0.19;
}

Stroke line(const Body& body, FigureView view, const std::vector<P>& points, double width,
            Shade shade, Part part)
{
    Stroke stroke{{}, width, shade, part, 0.0};
    for (P point : points) {
        stroke.points.push_back(project(body[point], view));
        stroke.depth += depth(body[point], view) / static_cast<double>(points.size());
    }
    return stroke;
}

// How far a point is toward the viewer's side of the body: toward the near side when seen from
// the side or the front-right, up when seen from above.
double toward_viewer(Vec3 point, FigureView view)
{
    return view == FigureView::top ? point.y : point.z;
}

// A limb behind the body (from the side) or below it (from above) is drawn lighter: usually the far
// arm or leg, but also a near arm reaching across under the body, or the lower leg of a body lying
// on its side. It is measured from the middle of the body where the limb starts (the hips for a
// leg, the base of the neck for an arm). From the front all limbs are solid.
void add_limbs(std::vector<Stroke>& strokes, const Body& body, FigureView view)
{
    for (bool far : {false, true}) {
        for (const Chain& chain : kChains) {
            std::vector<P> points;
            double toward = 0;
            for (P point : chain.points) {
                points.push_back(far ? far_twin(point) : point);
                toward += toward_viewer(body[points.back()], view) /
                          static_cast<double>(chain.points.size());
            }
            Stroke limb = line(body, view, points, chain.width, Shade::near, Part::limb);
            if (view != FigureView::front &&
                toward < toward_viewer(body[chain.middle], view) - kBehind)
                limb.shade = Shade::far;
            strokes.push_back(std::move(limb));
        }
    }
}

void add_trunk(std::vector<Stroke>& strokes, const Body& body, FigureView view)
{
    strokes.push_back(line(body, view, {P::root, P::sacrum, P::waist, P::mid_back, P::neck_base},
                           trunk_width(view), Shade::near, Part::trunk));
    strokes.push_back(
        line(body, view, {P::hip, P::root, P::far_hip}, 0.15, Shade::near, Part::trunk));
    strokes.push_back(line(body, view, {P::shoulder, P::neck_base, P::far_shoulder}, 0.11,
                           Shade::near, Part::trunk));
    strokes.push_back(
        line(body, view, {P::neck_base, P::neck_top}, 0.075, Shade::near, Part::trunk));
    Stroke head = line(body, view, {P::head}, 2 * kHeadRadius, Shade::near, Part::head);
    strokes.push_back(head);
}

Vec2 on_picture(const Body& body, Vec3 direction, FigureView view)
{
    const Vec2 a = project(body[P::head], view);
    const Vec2 b = project(body[P::head] + direction, view);
    return {b.x - a.x, b.y - a.y};
}

Box strokes_box(const std::vector<Stroke>& strokes)
{
    Box box;
    for (const Stroke& stroke : strokes)
        for (Vec2 point : stroke.points)
            box.add(point, stroke.width / 2);
    return box;
}

// A chair's back is behind a figure seen from the side; from the front it is behind the figure
// on both sides (b.x = 0).
double chair_back(FigureView view)
{
    return view == FigureView::front ? 0.0 : -1.0;
}

double wall_side(const Prop& prop, const Box& figure)
{
    return prop.x.value_or(0) >= (figure.left + figure.right) / 2 ? 1.0 : -1.0;
}

// The lowest point of a contact: the one that rests.
ContactPoint resting_point(const Body& body, const std::string& contact)
{
    const std::vector<ContactPoint> points = contact_points(body, contact);
    return *std::min_element(points.begin(), points.end(), [](auto& a, auto& b) {
        return a.centre.y - a.radius < b.centre.y - b.radius;
    });
}

// Where a band or towel is held: around the soles for the feet (not at a heel), else the lowest
// point of the contact.
Vec3 held_at(const Body& body, const std::string& contact)
{
    if (contact == "feet")
        return (body[P::heel] + body[P::toe] + body[P::far_heel] + body[P::far_toe]) * 0.25;
    return resting_point(body, contact).centre;
}

bool lies_across(const std::string& type)
{
    return type == "foam-roller" || type == "towel";
}

// A roller or rolled towel lies across the mat, from one side of the figure to the other: from its
// middle to its near end on the picture (nothing for other props).
Vec2 across_the_mat(const std::string& type, Vec3 centre, FigureView view)
{
    const double half = type == "foam-roller" ? kRollerLength / 2
                        : type == "towel"     ? kRolledTowelLength / 2
                                              : 0.0;
    const Vec2 middle = project(centre, view);
    const Vec2 end = project(centre + Vec3{0, 0, half}, view);
    return {end.x - middle.x, end.y - middle.y};
}

SceneProp scene_prop(const Prop& prop, const Body& body, FigureView view, const Box& figure)
{
    SceneProp result{prop.type, {}, {}, prop_height(prop.type) / 2, false, {}};
    const double x = view == FigureView::front ? 0.0 : prop.x.value_or(0);
    if (prop.type == "mat") {
        const bool top = view == FigureView::top;
        result.a = {figure.left - 0.12, top ? figure.bottom - 0.08 : 0.0};
        result.b = {figure.right + 0.12, top ? figure.top + 0.08 : 0.0};
        result.size = 0.015;
    } else if (prop.type == "wall") {
        result.a = {x, 0};
        result.b = {wall_side(prop, figure), 0};
        result.size = 0.06;
    } else if (prop.between.size() == 2) {
        result.a = project(held_at(body, prop.between[0]), view);
        result.b = project(held_at(body, prop.between[1]), view);
        result.size = prop.type == "band" ? 0.012 : 0.025;
        result.spans = true;
    } else if (!prop.under.empty()) {
        const ContactPoint on = resting_point(body, prop.under);
        Vec3 centre = on.centre + on.normal * (on.radius + result.size);
        if (lies_across(prop.type))
            centre.z = 0; // its middle is under the middle of the body, whichever arm rests

        result.a = project(centre, view);
        result.along = across_the_mat(prop.type, centre, view);
        result.b = {chair_back(view), 0};
        if (prop.type == "chair")
            result.a = {project(on.centre, view).x, prop_height("chair")};
    } else {
        result.a = {x, prop.y.value_or(prop.type == "chair" ? prop_height("chair") : result.size)};
        result.b = {chair_back(view), 0};
    }
    return result;
}

} // namespace

void Box::add(Vec2 point, double margin)
{
    if (empty) {
        left = point.x - margin;
        right = point.x + margin;
        bottom = point.y - margin;
        top = point.y + margin;
        empty = false;
        return;
    }
    left = std::min(left, point.x - margin);
    right = std::max(right, point.x + margin);
    bottom = std::min(bottom, point.y - margin);
    top = std::max(top, point.y + margin);
}

void Box::add(const Box& other)
{
    if (other.empty)
        return;
    add(Vec2{other.left, other.bottom});
    add(Vec2{other.right, other.top});
}

const Stroke* Scene::head() const
{
    for (const Stroke& stroke : strokes)
        if (stroke.part == Part::head)
            return &stroke;
    return nullptr;
}

Vec2 project(Vec3 point, FigureView view)
{
    switch (view) {
    case FigureView::three_quarter:
        return {(point.x - point.z) * std::numbers::sqrt2 / 2, point.y};
    case FigureView::front:
        return {-point.z + kFrontShear * point.x, point.y};
    case FigureView::top:
        return {point.x, -point.z};
    case FigureView::side:
        break;
    }
    return {point.x - kSideShear * point.z, point.y};
}

double depth(Vec3 point, FigureView view)
{
    switch (view) {
    case FigureView::three_quarter:
        return (point.x + point.z) * std::numbers::sqrt2 / 2;
    case FigureView::front:
        return point.x;
    case FigureView::top:
        return point.y;
    case FigureView::side:
        break;
    }
    return point.z;
}

Box prop_box(const SceneProp& prop)
{
    Box box;
    if (prop.type == "chair") {
        box.add(Vec2{prop.a.x - kChairHalfDepth, 0});
        box.add(Vec2{prop.a.x + kChairHalfDepth, prop.a.y + kChairBack});
    } else if (prop.type == "wall") {
        box.add(prop.a);
        box.add(Vec2{prop.a.x + prop.b.x * prop.size, prop.a.y});
    } else if (prop.type == "mat" || prop.spans) {
        box.add(prop.a, prop.size);
        box.add(prop.b, prop.size);
    } else if (prop.along.x != 0 || prop.along.y != 0) {
        box.add(Vec2{prop.a.x + prop.along.x, prop.a.y + prop.along.y}, prop.size);
        box.add(Vec2{prop.a.x - prop.along.x, prop.a.y - prop.along.y}, prop.size);
    } else {
        box.add(prop.a, prop.size);
    }
    return box;
}

Scene body_scene(const Body& body, const Figure& figure, const Box* frame)
{
    Scene scene;
    scene.view = figure.view;
    scene.floor = figure.view != FigureView::top;
    for (std::size_t i = 0; i < kBodyPointCount; ++i)
        scene.joints[i] = project(body.points[i], figure.view);
    add_trunk(scene.strokes, body, figure.view);
    add_limbs(scene.strokes, body, figure.view);
    std::stable_sort(scene.strokes.begin(), scene.strokes.end(),
                     [](const Stroke& a, const Stroke& b) { return a.depth < b.depth; });
    scene.face = on_picture(body, body.face, figure.view);
    scene.face_toward = depth(body.face, figure.view);
    scene.crown = on_picture(body, body.crown, figure.view);
    const Box figure_box = frame ? *frame : strokes_box(scene.strokes);
    for (const Prop& prop : figure.props)
        scene.props.push_back(scene_prop(prop, body, figure.view, figure_box));
    scene.frame = figure_box;
    return scene;
}

Scene mirrored(Scene scene)
{
    auto flip = [](Vec2& p) { p.x = -p.x; };
    for (Stroke& stroke : scene.strokes)
        std::for_each(stroke.points.begin(), stroke.points.end(), flip);
    for (SceneProp& prop : scene.props) {
        flip(prop.a);
        flip(prop.b);
        flip(prop.along);
        if (prop.type == "mat")
            std::swap(prop.a.x, prop.b.x);
    }
    std::for_each(scene.joints.begin(), scene.joints.end(), flip);
    flip(scene.face);
    flip(scene.crown);
    scene.frame = {-scene.frame.right, scene.frame.bottom, -scene.frame.left, scene.frame.top,
                   scene.frame.empty};
    return scene;
}

} // namespace unknot
