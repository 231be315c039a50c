#include "gui/step_text.h"

#include "gui/text.h"

#include <QCoreApplication>

namespace unknot::gui {
namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

QString seconds_text(int seconds)
{
    if (seconds >= 60 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

QString exercise_dose(const Step& step, Sides sides)
{
    QString dose;
    if (step.kind == StepKind::hold)
        dose = tr("hold %1").arg(seconds_text(step.hold_seconds));
    else if (step.tempo)
        dose = tr("%1 reps, %2 s each").arg(step.reps).arg(*step.tempo);
    else
        dose = tr("%1 reps at your own pace").arg(step.reps);
    if (step.sets > 1)
        dose = tr("%1 × %2").arg(step.sets).arg(dose);
    const QString side = sides_text(sides);
    if (!side.isEmpty())
        dose += QStringLiteral(", ") + side;
    if (step.rest_between_sets > 0 && step.sets > 1)
        dose += tr(", rest %1 between sets").arg(seconds_text(step.rest_between_sets));
    return dose;
}

} // namespace

QString sides_text(Sides sides)
{
    switch (sides) {
    case Sides::none:
        return {};
    case Sides::each:
        return tr("each side");
    case Sides::alternate:
        return tr("alternating sides");
    }
    return {};
}

QString step_dose_text(const Step& step, Sides sides)
{
    switch (step.kind) {
    case StepKind::hold:
    case StepKind::reps:
        return exercise_dose(step, sides);
    case StepKind::timed:
    case StepKind::rest:
        return seconds_text(step.seconds);
    }
    return {};
}

QString step_title(const Step& step, const Exercise* exercise)
{
    switch (step.kind) {
    case StepKind::timed:
        return qs(step.title);
    case StepKind::rest:
        return tr("Rest");
    default:
        return exercise ? qs(exercise->name) : qs(step.exercise);
    }
}

} // namespace unknot::gui
