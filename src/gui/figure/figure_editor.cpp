#include "gui/figure/figure_editor.h"

#include "gui/figure/figure_widget.h"
#include "gui/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace unknot::gui {

namespace {

// The angles most moves are made of; the others keep what the starting figure gives them.
struct Editable {
    const char* joint;
    const char* label;
};
constexpr Editable kEditable[] = {
    {"pelvis", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Whole body tipped forward")},
    {"mid-back", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Mid-back round / arch")},
    {"upper-back", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Upper back round / arch")},
    {"twist", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Chest turned")},
    {"neck", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Chin down / up")},
    {"shoulder", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Near arm raised")},
    {"elbow", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Near elbow bent")},
    {"far-shoulder", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Far arm raised")},
    {"far-elbow", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Far elbow bent")},
    {"hip", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Near thigh raised")},
    {"knee", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Near knee bent")},
    {"far-hip", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Far thigh raised")},
    {"far-knee", QT_TRANSLATE_NOOP("unknot::gui::FigureEditor", "Far knee bent")},
};

} // namespace

FigureEditor::FigureEditor(QWidget* parent)
    : QWidget(parent), source_(new QComboBox(this)), poses_(new QComboBox(this)),
      play_(new QCheckBox(tr("Play the movement"), this)), preview_(new FigureWidget(this))
{
    source_->setAccessibleName(tr("Start the figure from"));
    poses_->setAccessibleName(tr("Key pose"));
    preview_->setMinimumSize(220, 170);
    auto* form = new QFormLayout;
    form->addRow(tr("Start from"), source_);
    form->addRow(tr("Key pose"), poses_);
    form->addRow(play_);
    auto* grid = new QGridLayout; // two columns of sliders keep the dialog short
    int index = 0;
    for (const Editable& e : kEditable)
        add_slider(grid, index++, e.joint, tr(e.label));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(grid);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(preview_, 1);
    connect(source_, &QComboBox::currentIndexChanged, this, [this] {
        if (!updating_)
            start_from(source_->currentData().toString().toStdString());
    });
    connect(poses_, &QComboBox::currentIndexChanged, this, &FigureEditor::show_pose);
    connect(play_, &QCheckBox::toggled, this, [this](bool on) {
        preview_->set_motion(on ? FigureWidget::Motion::loop : FigureWidget::Motion::none);
        if (!on)
            show_pose();
    });
    set_sources({});
}

void FigureEditor::add_slider(QGridLayout* grid, int index, const std::string& joint,
                              const QString& label)
{
    const AngleInfo& info = angle_info(*joint_named(joint));
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(static_cast<int>(info.min), static_cast<int>(info.max));
    slider->setAccessibleName(label);
    slider->setMinimumWidth(80);
    slider->setToolTip(QStringLiteral("%1 (%2)").arg(label, qs(joint)));
    connect(slider, &QSlider::valueChanged, this, [this, joint](int value) {
        if (!updating_)
            set_angle(joint, value);
    });
    sliders_[joint] = slider;
    auto* name = new QLabel(label, this);
    name->setTextFormat(Qt::PlainText);
    name->setBuddy(slider);
    const int row = index / 2, column = (index % 2) * 2;
    grid->addWidget(name, row, column);
    grid->addWidget(slider, row, column + 1);
}

void FigureEditor::set_sources(const std::vector<Exercise>& exercises)
{
    sources_.clear();
    for (const Exercise& e : exercises)
        if (e.figure)
            sources_.push_back(e);
    {
        const QSignalBlocker quiet(source_);
        source_->clear();
        source_->addItem(tr("No figure"), QString());
        for (const Exercise& e : sources_)
            source_->addItem(qs(e.name), qs(e.id));
    }
    start_from({});
}

void FigureEditor::start_from(const std::string& id)
{
    figure_.reset();
    for (const Exercise& e : sources_)
        if (e.id == id)
            figure_ = e.figure;
    const QSignalBlocker quiet_source(source_);
    const QSignalBlocker quiet_poses(poses_);
    source_->setCurrentIndex(figure_ ? source_->findData(qs(id)) : 0);
    poses_->clear();
    if (figure_)
        for (const KeyPose& pose : figure_->poses)
            poses_->addItem(qs(pose.name));
    preview_->set_figure(figure_ ? &*figure_ : nullptr, Sides::none,
                         tr("Choose a figure to start from"));
    show_pose();
    emit figure_changed();
}

int FigureEditor::pose() const
{
    return figure_ ? poses_->currentIndex() : -1;
}

void FigureEditor::select_pose(int index)
{
    poses_->setCurrentIndex(index);
}

QSlider* FigureEditor::slider(const std::string& joint) const
{
    const auto it = sliders_.find(joint);
    return it == sliders_.end() ? nullptr : it->second;
}

void FigureEditor::set_angle(const std::string& joint, double degrees)
{
    const int index = pose();
    if (index < 0 || !joint_named(joint))
        return;
    figure_->poses[static_cast<std::size_t>(index)].angles[joint] = degrees;
    preview_->set_figure(&*figure_, Sides::none);
    show_pose();
    emit figure_changed();
}

// The sliders show the selected key pose's angles, and so does the figure unless it plays.
void FigureEditor::show_pose()
{
    const int index = pose();
    for (auto& [joint, slider] : sliders_)
        slider->setEnabled(index >= 0);
    play_->setEnabled(index >= 0);
    if (index < 0)
        return;
    const std::vector<PoseState> states = resolve_poses(*figure_);
    updating_ = true;
    for (auto& [joint, slider] : sliders_)
        slider->setValue(static_cast<int>(
            std::lround(at(states[static_cast<std::size_t>(index)].angles, *joint_named(joint)))));
    updating_ = false;
    if (!play_->isChecked()) {
        const double seconds = figure_->seconds;
        preview_->set_phase(FigureMoment::Kind::reps,
                            figure_->poses[static_cast<std::size_t>(index)].at * seconds, seconds,
                            false);
    }
}

} // namespace unknot::gui
