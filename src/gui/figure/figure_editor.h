// Gives an exercise a figure: start from a similar built-in figure, pick a key pose, move its
// joint angles with sliders, and watch the figure change as you go (or play the movement).
#pragma once

#include "core/routine/routine.h"

#include <QWidget>

#include <map>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QSlider;

namespace unknot::gui {

class FigureWidget;

class FigureEditor : public QWidget {
    Q_OBJECT
public:
    explicit FigureEditor(QWidget* parent = nullptr);

    // The exercises whose figures can be a starting point (those without one are left out).
    void set_sources(const std::vector<Exercise>& exercises);
    // Starts from the figure of source exercise `id`; an empty or unknown id means no figure.
    void start_from(const std::string& id);

    const std::optional<Figure>& figure() const { return figure_; }
    int pose() const; // the key pose the sliders edit, -1 without a figure
    void select_pose(int index);
    // Sets a joint angle of the selected key pose, as its slider does.
    void set_angle(const std::string& joint, double degrees);

    QComboBox* source_box() const { return source_; }
    QSlider* slider(const std::string& joint) const;
    FigureWidget* preview() const { return preview_; }

signals:
    void figure_changed();

private:
    void add_slider(QGridLayout* grid, int index, const std::string& joint, const QString& label);
    void show_pose();

    std::vector<Exercise> sources_;
    std::optional<Figure> figure_;
    QComboBox* source_;
    QComboBox* poses_;
    QCheckBox* play_;
    FigureWidget* preview_;
    std::map<std::string, QSlider*> sliders_;
    bool updating_ = false;
};

} // namespace unknot::gui
