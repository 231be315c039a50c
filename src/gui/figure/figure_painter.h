// Paints a core figure Scene with QPainter: anti-aliased, fitted to any rectangle, in the
// palette's colours (near limbs and trunk solid, far limbs lighter, props in soft tones).
#pragma once

#include "core/figure/figure_scene.h"

#include <QColor>
#include <QRectF>
#include <QTransform>

class QPainter;
class QPalette;

namespace unknot::gui {

struct FigureColours {
    QColor background;
    QColor near;
    QColor far;
    QColor floor;
    QColor prop;      // fill of walls, rollers, mats
    QColor prop_line; // their outline
    QColor accent;    // balls and bands, which are small and must be seen
};

FigureColours figure_colours(const QPalette& palette);

// Metres on the scene to pixels in `target`: the scene's frame fitted whole and centred.
QTransform scene_transform(const Scene& scene, const QRectF& target);

// Draws the props, then the figure back to front. Fills nothing else: the caller clears.
void paint_scene(QPainter& painter, const QRectF& target, const Scene& scene,
                 const FigureColours& colours);

} // namespace unknot::gui
