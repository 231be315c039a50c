#include "gui/figure/routine_preview.h"

#include "gui/figure/figure_widget.h"
#include "gui/text.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace unknot::gui {

namespace {

constexpr int kRepsEach = 3;
constexpr int kMinimumMilliseconds = 8000;

} // namespace

RoutinePreview::RoutinePreview(QWidget* parent)
    : QWidget(parent), figure_(new FigureWidget(this)), caption_(new QLabel(this)),
      next_(new QTimer(this))
{
    setObjectName(QStringLiteral("routine_preview"));
    setAccessibleName(tr("Exercise preview"));
    setToolTip(tr("Click for the next exercise"));
    caption_->setTextFormat(Qt::PlainText); // names come from routine files
    caption_->setAlignment(Qt::AlignCenter);
    caption_->setWordWrap(true);
    figure_->setMinimumHeight(140);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(figure_, 1);
    layout->addWidget(caption_);
    next_->setSingleShot(true);
    connect(next_, &QTimer::timeout, this, &RoutinePreview::show_next);
}

void RoutinePreview::set_exercises(const std::vector<const Exercise*>& exercises)
{
    exercises_.clear();
    for (const Exercise* exercise : exercises)
        if (exercise && exercise->figure)
            exercises_.push_back(*exercise);
    current_ = 0;
    setVisible(!exercises_.empty());
    show_current();
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
}

void RoutinePreview::mousePressEvent(QMouseEvent* event)
{
    QWidget::mousePressEvent(event);
    show_next();
}

void RoutinePreview::show_current()
{
    next_->stop();
    if (exercises_.empty()) {
        figure_->set_figure(nullptr);
        figure_->set_looping(false);
        caption_->clear();
        return;
    }
    const Exercise& exercise = exercises_[static_cast<std::size_t>(current_)];
    figure_->set_figure(&*exercise.figure, exercise.sides, qs(exercise.name));
    figure_->set_looping(true);
    caption_->setText(
        count() > 1 ? tr("%1 (%2 of %3)").arg(qs(exercise.name)).arg(current_ + 1).arg(count())
                    : qs(exercise.name));
    if (count() > 1) {
        const double rep = exercise.figure->seconds * kRepsEach;
        next_->start(std::max(kMinimumMilliseconds, static_cast<int>(std::lround(rep * 1000))));
    }
}

} // namespace unknot::gui
