// Key-pose strips: one picture per exercise showing its key poses side by side (and the other
// side of a sided exercise), so that the whole set of figures can be reviewed at a glance.
#pragma once

#include "core/routine/routine.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <iosfwd>
#include <vector>

class QPalette;

namespace unknot::gui {

// Empty when the exercise has no figure. `height` is the height of one pose's picture in pixels.
QImage figure_strip(const Exercise& exercise, const QPalette& palette, int height = 240);

struct StripReport {
    QStringList written; // file paths
    QStringList without_figure;
    QStringList failed; // "path: reason"
};

// Writes DIR/<exercise id>.png for every exercise that has a figure; makes DIR if needed.
StripReport write_figure_strips(const std::vector<Exercise>& exercises, const QString& dir,
                                const QPalette& palette);

// `unknot --render-figures DIR`: writes the strips in the application's palette, prints one line
// per file to `out` and every exercise without a figure or file not written to `err`. Returns 1
// when a file could not be written, 0 otherwise.
int render_figures_command(const std::vector<Exercise>& exercises, const QString& dir,
                           std::ostream& out, std::ostream& err);

} // namespace unknot::gui
