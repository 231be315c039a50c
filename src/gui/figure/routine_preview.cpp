#include "gui/figure/routine_preview.h"

#include "gui/figure/figure_widget.h"
#include "gui/text.h"

#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace unknot::gui {

RoutinePreview::RoutinePreview(QWidget* parent)
    : QWidget(parent), figure_(new FigureWidget(this)), caption_(new QLabel(this))
{
    setObjectName(QStringLiteral("routine_preview"));
    setAccessibleName(tr("Exercise preview"));
    setToolTip(tr("Click for the next exercise"));
    caption_->setTextFormat(Qt::PlainText); // names come from routine files
    caption_->setAlignment(Qt::AlignCenter);
    caption_->setWordWrap(true);
    figure_->setMinimumHeight(140);
    figure_->set_motion(FigureWidget::Motion::preview);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(figure_, 1);
    layout->addWidget(caption_);
}

void RoutinePreview::set_exercises(const std::vector<const Exercise*>& exercises)
{
    std::vector<Exercise> shown;
    for (const Exercise* exercise : exercises)
        if (exercise && exercise->figure)
            shown.push_back(*exercise);
    if (shown == exercises_)
        return; // the same routine again (a library reloaded): it need not move
    exercises_ = std::move(shown);
    current_ = 0;
    setVisible(!exercises_.empty());
    show_current();
}

void RoutinePreview::replay()
{
    figure_->replay();
}

QString RoutinePreview::caption() const
{
    return caption_->text();
}

void RoutinePreview::show_next()
{
    if (exercises_.empty())
        return;
    current_ = (current_ + 1) % count();
    show_current();
    figure_->replay();
}

void RoutinePreview::mousePressEvent(QMouseEvent* event)
{
    QWidget::mousePressEvent(event);
    show_next();
}

void RoutinePreview::show_current()
{
    if (exercises_.empty()) {
        figure_->set_figure(nullptr);
        caption_->clear();
        return;
    }
    const Exercise& exercise = exercises_[static_cast<std::size_t>(current_)];
    figure_->set_figure(&*exercise.figure, exercise.sides, qs(exercise.name));
    caption_->setText(
        count() > 1 ? tr("%1 (%2 of %3)").arg(qs(exercise.name)).arg(current_ + 1).arg(count())
                    : qs(exercise.name));
}

} // namespace unknot::gui
