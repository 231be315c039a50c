#include "gui/history/history_text.h"

#include "gui/history/local_clock.h"
#include "gui/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace unknot::gui {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

QString reps_text(int reps)
{
    return reps == 1 ? tr("1 rep") : tr("%1 reps").arg(reps);
}

QString seconds_text(double seconds)
{
    return tr("%1 s").arg(std::lround(seconds));
}

} // namespace

QString status_text(SessionStatus status)
{
    switch (status) {
    case SessionStatus::completed:
        return tr("Completed");
    case SessionStatus::stopped:
        return tr("Stopped early");
    case SessionStatus::interrupted:
        return tr("Interrupted");
    case SessionStatus::in_progress:
        break;
    }
    return tr("In progress");
}

QString outcome_text(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::done:
        return tr("Done");
    case StepOutcome::skipped:
        return tr("Skipped");
    case StepOutcome::stopped_for_pain:
        return tr("Stopped for pain");
    case StepOutcome::stopped:
        break;
    }
    return tr("Stopped");
}

QString step_result_text(const StepRecord& step)
{
    QString text = outcome_text(step.outcome);
    if (step.hurt_choice == HurtChoice::skip)
        text = tr("%1: skipped the exercise").arg(text);
    else if (step.hurt_choice == HurtChoice::end_session)
        text = tr("%1: ended the session").arg(text);
    else if (step.hurt_choice == HurtChoice::easier)
        text = tr("%1 after it hurt").arg(text);
    if (!step.variation.empty())
        text = tr("%1 · easier version: %2").arg(text, qs(step.variation));
    return text;
}

QString side_text(StepSide side)
{
    switch (side) {
    case StepSide::left:
        return tr("Left");
    case StepSide::right:
        return tr("Right");
    case StepSide::alternating:
        return tr("Alternating");
    case StepSide::none:
        break;
    }
    return {};
}

QString pain_text(std::optional<int> pain)
{
    return pain ? QString::number(*pain) : QStringLiteral("–");
}

QString pain_text(std::optional<double> average)
{
    return average ? QLocale().toString(*average, 'f', 1) : QStringLiteral("–");
}

QString pain_change_text(std::optional<int> before, std::optional<int> after)
{
    if (!before && !after)
        return {};
    return pain_text(before) + QStringLiteral(" → ") + pain_text(after);
}

QString signed_change_text(double change)
{
    const QString magnitude = QLocale().toString(std::abs(change), 'f', 1);
    if (std::abs(change) < 0.05)
        return QLocale().toString(0.0, 'f', 1);
    return (change < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

QString step_target_text(const StepRecord& step)
{
    if (step.target_reps)
        return reps_text(*step.target_reps);
    if (step.target_seconds)
        return seconds_text(*step.target_seconds);
    return {};
}

QString step_actual_text(const StepRecord& step)
{
    if (step.kind == StepKind::reps && step.reps_done)
        return reps_text(*step.reps_done);
    return seconds_text(step.active_seconds);
}

QString active_minutes_text(double seconds)
{
    return tr("%1 min").arg(std::lround(seconds / 60.0));
}

QString week_standing_text(int sessions, int goal, bool this_week)
{
    if (sessions >= goal && sessions == 1)
        return this_week ? tr("Goal met: 1 session this week (goal 1)")
                         : tr("Goal met: 1 session that week (goal 1)");
    if (sessions >= goal)
        return (this_week ? tr("Goal met: %1 sessions this week (goal %2)")
                          : tr("Goal met: %1 sessions that week (goal %2)"))
            .arg(sessions)
            .arg(goal);
    return (this_week ? tr("%1 of %2 sessions this week") : tr("%1 of %2 sessions that week"))
        .arg(sessions)
        .arg(goal);
}

QString day_text(local_days day)
{
    return QLocale().toString(to_qdate(day), QStringLiteral("ddd d MMM"));
}

QString date_text(local_days day)
{
    return QLocale().toString(to_qdate(day), QStringLiteral("d MMM yyyy"));
}

QString long_day_text(local_days day)
{
    return QLocale().toString(to_qdate(day), QStringLiteral("dddd d MMMM yyyy"));
}

QString time_text(local_seconds t)
{
    const auto since_midnight = t - local_day(t);
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(since_midnight.count()));
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")); // some locales' short format still has seconds
    return locale.toString(time, format);
}

QString week_text(local_days first_day)
{
    const QDate first = to_qdate(first_day);
    const QDate last = first.addDays(kDaysPerWeek - 1);
    const QLocale locale;
    const QString end = locale.toString(last, QStringLiteral("d MMMM yyyy"));
    if (first.year() != last.year())
        return locale.toString(first, QStringLiteral("d MMMM yyyy")) + QStringLiteral(" – ") + end;
    if (first.month() != last.month())
        return locale.toString(first, QStringLiteral("d MMMM")) + QStringLiteral(" – ") + end;
    return QString::number(first.day()) + QStringLiteral(" – ") + end;
}

} // namespace unknot::gui
