#include "gui/figure/figure_painter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace unknot::gui {

namespace {

constexpr double kGap = 0.022; // metres of background around near limbs and the head

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QPointF point(Vec2 v)
{
    return {v.x, v.y};
}

double norm(Vec2 v)
{
    return std::hypot(v.x, v.y);
}

Vec2 unit(Vec2 v)
{
    const double n = norm(v);
    return n > 1e-9 ? Vec2{v.x / n, v.y / n} : Vec2{0, 1};
}

QPen round_pen(const QColor& colour, double width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// The spine is drawn as a smooth curve through its points; limbs bend sharply at their joints.
QPainterPath stroke_path(const Stroke& stroke)
{
    QPainterPath path(point(stroke.points.front()));
    if (stroke.part != Part::trunk || stroke.points.size() < 3) {
        for (std::size_t i = 1; i < stroke.points.size(); ++i)
            path.lineTo(point(stroke.points[i]));
        return path;
    }
    for (std::size_t i = 1; i + 1 < stroke.points.size(); ++i) {
        const QPointF here = point(stroke.points[i]);
        const QPointF next = point(stroke.points[i + 1]);
        path.quadTo(here, i + 2 == stroke.points.size() ? next : (here + next) / 2);
    }
    return path;
}

// The target in metres (y up: top() is the lowest height): where the floor and walls reach.
QRectF visible_world(const Scene& scene, const QRectF& target)
{
    return scene_transform(scene, target).inverted().mapRect(target);
}

constexpr double kPropLine = 0.012;

// A roller or rolled towel lying across the mat: its length, seen a little from the front, then
// its near end. A ball (or anything seen end-on) is just the end.
void paint_round(QPainter& painter, const SceneProp& prop, const FigureColours& c)
{
    const bool ball = prop.type == "tennis-ball" || prop.type == "massage-ball";
    const QColor line = ball ? c.accent.darker(130) : c.prop_line;
    const QColor fill = ball ? c.accent : c.prop;
    const QPointF middle = point(prop.a);
    const QPointF near_end = middle + point(prop.along);
    if (norm(prop.along) > 0) {
        const QPointF far_end = middle - point(prop.along);
        painter.setPen(round_pen(line, 2 * prop.size + kPropLine));
        painter.drawLine(far_end, near_end);
        painter.setPen(round_pen(fill, 2 * prop.size - kPropLine));
        painter.drawLine(far_end, near_end);
    }
    painter.setPen(QPen(line, kPropLine));
    painter.setBrush(fill);
    painter.drawEllipse(near_end, prop.size, prop.size);
    painter.setBrush(Qt::NoBrush);
    if (prop.type == "foam-roller")
        painter.drawEllipse(near_end, prop.size * 0.4, prop.size * 0.4);
    else if (prop.type == "towel")
        painter.drawArc(QRectF(near_end.x() - prop.size * 0.5, near_end.y() - prop.size * 0.5,
                               prop.size, prop.size),
                        0, 270 * 16);
}

void paint_chair(QPainter& painter, const SceneProp& prop, const FigureColours& c)
{
    const double x = prop.a.x, seat = prop.a.y, back = prop.a.x + prop.b.x * kChairHalfDepth;
    painter.setPen(round_pen(c.prop_line, 0.035));
    painter.drawLine(QPointF(x - kChairHalfDepth, seat), QPointF(x + kChairHalfDepth, seat));
    painter.drawLine(QPointF(x - kChairHalfDepth * 0.9, seat), QPointF(x - kChairHalfDepth, 0));
    painter.drawLine(QPointF(x + kChairHalfDepth * 0.9, seat), QPointF(x + kChairHalfDepth, 0));
    if (prop.b.x != 0) {
        painter.drawLine(QPointF(back, seat), QPointF(back, seat + kChairBack));
        return;
    }
    for (double side : {-1.0, 1.0}) // from the front: both posts of the back, behind the figure
        painter.drawLine(QPointF(x + side * kChairHalfDepth, seat),
                         QPointF(x + side * kChairHalfDepth, seat + kChairBack));
}

void paint_prop(QPainter& painter, const QRectF& world, const SceneProp& prop,
                const FigureColours& c)
{
    painter.setBrush(Qt::NoBrush);
    if (prop.type == "mat") {
        painter.setPen(QPen(c.prop_line, 0.008));
        painter.setBrush(c.prop);
        const double bottom = prop.a.y == prop.b.y ? 0.0 : prop.a.y;
        const double top = prop.a.y == prop.b.y ? prop.size : prop.b.y;
        painter.drawRoundedRect(QRectF(QPointF(prop.a.x, bottom), QPointF(prop.b.x, top)), 0.01,
                                0.01);
    } else if (prop.type == "wall") {
        const double far_edge = prop.b.x > 0 ? world.right() : world.left();
        painter.setPen(Qt::NoPen);
        painter.setBrush(c.prop);
        painter.drawRect(QRectF(QPointF(prop.a.x, 0), QPointF(far_edge, world.bottom())));
        painter.setPen(QPen(c.prop_line, 0.012));
        painter.drawLine(QPointF(prop.a.x, 0), QPointF(prop.a.x, world.bottom()));
    } else if (prop.spans) {
        painter.setPen(round_pen(prop.type == "band" ? c.accent : c.prop_line, prop.size * 2));
        painter.drawLine(point(prop.a), point(prop.b));
    } else if (prop.type == "chair") {
        paint_chair(painter, prop, c);
    } else {
        paint_round(painter, prop, c);
    }
}

void paint_eyes(QPainter& painter, const Scene& scene, const Stroke& head, const QColor& colour)
{
    const double r = head.width / 2;
    const Vec2 centre = head.points.front();
    const Vec2 up = unit(scene.crown);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    if (norm(scene.face) < 0.35 && scene.face_toward < 0)
        return;                    // the back of the head
    if (norm(scene.face) < 0.35) { // looking at the viewer
        const Vec2 across{up.y, -up.x};
        for (double side : {-1.0, 1.0})
            painter.drawEllipse(QPointF(centre.x + across.x * side * r * 0.38 + up.x * r * 0.1,
                                        centre.y + across.y * side * r * 0.38 + up.y * r * 0.1),
                                r * 0.12, r * 0.12);
        return;
    }
    const Vec2 face = unit(scene.face);
    painter.drawEllipse(QPointF(centre.x + face.x * r * 0.5 + up.x * r * 0.18,
                                centre.y + face.y * r * 0.5 + up.y * r * 0.18),
                        r * 0.13, r * 0.13);
}

void paint_stroke(QPainter& painter, const Scene& scene, const Stroke& stroke,
                  const FigureColours& c)
{
    const QColor colour = stroke.shade == Shade::near ? c.near : c.far;
    const bool set_off = stroke.shade == Shade::near && stroke.part != Part::trunk;
    if (stroke.part == Part::head) {
        const QPointF centre = point(stroke.points.front());
        const double r = stroke.width / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(c.background);
        painter.drawEllipse(centre, r + kGap, r + kGap);
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        paint_eyes(painter, scene, stroke, c.background);
        return;
    }
    const QPainterPath path = stroke_path(stroke);
    painter.setBrush(Qt::NoBrush);
    if (set_off) {
        painter.setPen(round_pen(c.background, stroke.width + 2 * kGap));
        painter.drawPath(path);
    }
    painter.setPen(round_pen(colour, stroke.width));
    painter.drawPath(path);
}

} // namespace

FigureColours figure_colours(const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor highlight = palette.color(QPalette::Highlight);
    FigureColours c;
    c.background = background;
    c.near = mix(text, highlight, 0.18);
    c.far = mix(c.near, background, 0.55);
    c.floor = mix(text, background, 0.55);
    c.prop = mix(text, background, 0.84);
    c.prop_line = mix(text, background, 0.5);
    c.accent = mix(highlight, background, 0.15);
    return c;
}

QTransform scene_transform(const Scene& scene, const QRectF& target)
{
    const Box& frame = scene.frame;
    if (frame.empty || frame.width() <= 0 || frame.height() <= 0 || target.isEmpty())
        return {};
    const double scale = std::min(target.width() / frame.width(), target.height() / frame.height());
    const double cx = (frame.left + frame.right) / 2, cy = (frame.bottom + frame.top) / 2;
    const QPointF middle = target.center();
    return QTransform(scale, 0, 0, -scale, middle.x() - cx * scale, middle.y() + cy * scale);
}

void paint_scene(QPainter& painter, const QRectF& target, const Scene& scene,
                 const FigureColours& colours)
{
    if (scene.strokes.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target);
    const QRectF world = visible_world(scene, target);
    painter.setTransform(scene_transform(scene, target), true);
    for (const SceneProp& prop : scene.props)
        paint_prop(painter, world, prop, colours);
    if (scene.floor) {
        painter.setPen(QPen(colours.floor, 0.012));
        painter.drawLine(QPointF(world.left(), 0), QPointF(world.right(), 0));
    }
    for (const Stroke& stroke : scene.strokes)
        paint_stroke(painter, scene, stroke, colours);
    painter.restore();
}

} // namespace unknot::gui
