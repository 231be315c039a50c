#include "gui/figure/figure_strip.h"

#include "core/base/atomic_write.h"
#include "core/figure/figure_scene.h"
#include "gui/figure/figure_painter.h"
#include "gui/text.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <optional>
#include <ostream>

namespace unknot::gui {

namespace {

constexpr int kMargin = 12;
constexpr int kTitleHeight = 34;
constexpr int kLabelHeight = 38;

struct Cell {
    Scene scene;
    QString label;
};

QString pose_label(const Figure& figure, std::size_t index)
{
    const KeyPose& pose = figure.poses[index];
    QString label = qs(pose.name);
    QStringList roles;
    if (index == start_index(figure))
        roles << QStringLiteral("start");
    if (index == hold_index(figure))
        roles << QStringLiteral("hold");
    if (!roles.isEmpty())
        label += QStringLiteral(" (%1)").arg(roles.join(QStringLiteral(", ")));
    QString timing = QStringLiteral("at %1").arg(pose.at);
    if (pose.stay > 0)
        timing += QStringLiteral(", stays %1").arg(pose.stay);
    return label + QLatin1Char('\n') + timing;
}

std::vector<Cell> cells(const Exercise& exercise)
{
    const Figure& figure = *exercise.figure;
    std::vector<Cell> result;
    for (std::size_t i = 0; i < figure.poses.size(); ++i)
        result.push_back({key_pose_scene(figure, i), pose_label(figure, i)});
    if (exercise.sides != Sides::none) {
        const std::size_t held = hold_index(figure);
        FigureMoment moment{FigureMoment::Kind::hold, figure.poses[held].at * figure.seconds,
                            figure.seconds, true};
        result.push_back(
            {figure_scene(figure, exercise.sides, moment),
             QStringLiteral("%1, other side\n%2")
                 .arg(qs(figure.poses[held].name), exercise.sides == Sides::each
                                                       ? QStringLiteral("mirrored")
                                                       : QStringLiteral("limbs swapped"))});
    }
    return result;
}

int cell_width(const Scene& scene, int height)
{
    const Box& frame = scene.frame;
    const double aspect = frame.height() > 0 ? frame.width() / frame.height() : 1.0;
    return std::clamp(static_cast<int>(std::lround(height * aspect)), height * 2 / 3, height * 3);
}

void paint_title(QPainter& painter, const Exercise& exercise, int width)
{
    QFont font = painter.font();
    font.setPixelSize(17);
    font.setBold(true);
    painter.setFont(font);
    const QString title = QStringLiteral("%1  ·  %2  ·  %3 view")
                              .arg(qs(exercise.name), qs(exercise.id),
                                   QString::fromUtf8(view_name(exercise.figure->view)));
    painter.drawText(QRect(kMargin, 0, width - 2 * kMargin, kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
}

} // namespace

QImage figure_strip(const Exercise& exercise, const QPalette& palette, int height)
{
    if (!exercise.figure || exercise.figure->poses.empty())
        return {};
    const std::vector<Cell> all = cells(exercise);
    int width = kMargin;
    for (const Cell& cell : all)
        width += cell_width(cell.scene, height) + kMargin;
    width = std::max(width, 420);
    QImage image(width, kTitleHeight + height + kLabelHeight + kMargin, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(palette.color(QPalette::WindowText));
    paint_title(painter, exercise, width);
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(false);
    painter.setFont(font);
    const FigureColours colours = figure_colours(palette);
    int x = kMargin;
    for (const Cell& cell : all) {
        const int w = cell_width(cell.scene, height);
        const QRectF area(x, kTitleHeight, w, height);
        paint_scene(painter, area, cell.scene, colours);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(x, kTitleHeight + height + 2, w, kLabelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, cell.label);
        x += w + kMargin;
    }
    return image;
}

namespace {

// Encoded in memory, then written like every file (core/base/atomic_write.h).
std::optional<QString> save_png(const QImage& image, const QString& path)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (!image.save(&buffer, "PNG"))
        return QStringLiteral("%1: cannot encode the image").arg(path);
    const auto failure =
        write_file_atomically(path.toStdString(), std::string_view(png.constData(), png.size()));
    return failure ? std::optional(qs(*failure)) : std::nullopt;
}

} // namespace

StripReport write_figure_strips(const std::vector<Exercise>& exercises, const QString& dir,
                                const QPalette& palette)
{
    StripReport report;
    if (!QDir().mkpath(dir)) {
        report.failed << QStringLiteral("%1: cannot make this folder").arg(dir);
        return report;
    }
    for (const Exercise& exercise : exercises) {
        const QImage strip = figure_strip(exercise, palette);
        if (strip.isNull()) {
            report.without_figure << qs(exercise.id);
            continue;
        }
        const QString path = QDir(dir).filePath(qs(exercise.id) + QStringLiteral(".png"));
        if (const auto failure = save_png(strip, path))
            report.failed << *failure;
        else
            report.written << path;
    }
    return report;
}

int render_figures_command(const std::vector<Exercise>& exercises, const QString& dir,
                           std::ostream& out, std::ostream& err)
{
    const StripReport report = write_figure_strips(exercises, dir, QGuiApplication::palette());
    for (const QString& path : report.written)
        out << path.toStdString() << "\n";
    for (const QString& id : report.without_figure)
        err << "unknot: exercise '" << id.toStdString() << "' has no figure\n";
    for (const QString& failure : report.failed)
        err << "unknot: " << failure.toStdString() << "\n";
    return report.failed.isEmpty() ? 0 : 1;
}

} // namespace unknot::gui
