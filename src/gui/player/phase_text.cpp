#include "gui/player/phase_text.h"

#include "gui/text.h"

#include <QCoreApplication>
#include <cmath>

namespace unknot::gui {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

} // namespace

int upcoming_phase(const SessionPlan& plan, int index)
{
    int next = index + 1;
    const int count = static_cast<int>(plan.phases.size());
    if (next < count && plan.phases[next].kind == PhaseKind::lead_in && next + 1 < count)
        ++next;
    return next < count ? next : -1;
}

PhaseTone phase_tone(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::hold:
    case PhaseKind::reps:
    case PhaseKind::timed:
        return PhaseTone::work;
    case PhaseKind::lead_in:
    case PhaseKind::switch_sides:
        return PhaseTone::get_ready;
    case PhaseKind::rest_between_sets:
    case PhaseKind::rest_after:
    case PhaseKind::rest:
        break;
    }
    return PhaseTone::rest;
}

QColor tone_colour(PhaseTone tone)
{
    switch (tone) {
    case PhaseTone::work:
        return QColor(0x16, 0x7a, 0x3a); // green
    case PhaseTone::get_ready:
        return QColor(0xa8, 0x4b, 0x00); // dark amber
    case PhaseTone::rest:
        break;
    }
    return QColor(0x1d, 0x58, 0xa6); // blue
}

QString phase_caption(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::lead_in:
        return tr("GET READY");
    case PhaseKind::hold:
        return tr("HOLD");
    case PhaseKind::reps:
        return tr("REPS");
    case PhaseKind::switch_sides:
        return tr("SWITCH SIDES");
    case PhaseKind::timed:
        return tr("GO");
    case PhaseKind::rest_between_sets:
    case PhaseKind::rest_after:
    case PhaseKind::rest:
        break;
    }
    return tr("REST");
}

QString side_label(Side side)
{
    switch (side) {
    case Side::left:
        return tr("LEFT");
    case Side::right:
        return tr("RIGHT");
    case Side::none:
        break;
    }
    return {};
}

QString side_words(Side side)
{
    switch (side) {
    case Side::left:
        return tr("left side");
    case Side::right:
        return tr("right side");
    case Side::none:
        break;
    }
    return {};
}

QString next_up_text(const SessionPlan& plan, int index)
{
    const int next = upcoming_phase(plan, index);
    if (next < 0)
        return tr("Last one");
    const Phase& phase = plan.phases[next];
    switch (phase.kind) {
    case PhaseKind::switch_sides:
        return tr("Next: switch to the %1").arg(side_words(phase.side));
    case PhaseKind::rest_between_sets:
    case PhaseKind::rest_after:
    case PhaseKind::rest:
        return tr("Next: rest %1").arg(format_minutes(phase.planned_seconds));
    default:
        break;
    }
    QString text = tr("Next: %1").arg(qs(phase.title));
    if (phase.side != Side::none && !phase.alternate)
        text += QStringLiteral(" · ") + side_words(phase.side);
    if (phase.sets > 1)
        text += QStringLiteral(" · ") + tr("set %1 of %2").arg(phase.set).arg(phase.sets);
    return text;
}

QString countdown_text(double remaining_seconds)
{
    const long total = std::max(0L, static_cast<long>(std::ceil(remaining_seconds - 1e-9)));
    if (total < 60)
        return QString::number(total);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace unknot::gui
