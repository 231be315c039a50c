#include "gui/player/illustration_area.h"

#include "gui/player/player_fonts.h"
#include "gui/text_label.h"

#include <QLabel>
#include <QVBoxLayout>

namespace unknot::gui {

IllustrationArea::IllustrationArea(QWidget* parent)
    : QFrame(parent), name_(new TextLabel(TextLabel::Fit::wrap, this))
{
    setObjectName(QStringLiteral("illustration"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setAccessibleName(tr("Illustration"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    name_->setAlignment(Qt::AlignCenter);
    name_->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name_);
}

void IllustrationArea::set_figure(QWidget* figure)
{
    if (figure_)
        figure_->deleteLater();
    figure_ = figure;
    name_->setVisible(figure_ == nullptr);
    if (figure_) {
        figure_->setParent(this);
        layout()->addWidget(figure_);
    }
}

void IllustrationArea::show_exercise(const QString& exercise_id, const QString& name)
{
    name_->setText(name);
    if (exercise_id == exercise_id_)
        return;
    exercise_id_ = exercise_id;
    emit exercise_changed(exercise_id_);
}

QString IllustrationArea::exercise_name() const
{
    return name_->text();
}

void IllustrationArea::set_base_pixels(int pixels)
{
    set_pixel_font(name_, pixels * 1.3);
}

} // namespace unknot::gui
