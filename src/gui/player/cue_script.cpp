#include "gui/player/cue_script.h"

#include "gui/player/phase_text.h"
#include "gui/text.h"

#include <QCoreApplication>
#include <QStringList>

namespace unknot::gui {

namespace {

QString tr(const char* text, int n = -1)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text, nullptr, n);
}

QString with_side(QString text, Side side)
{
    if (side != Side::none)
        text += QStringLiteral(", ") + side_words(side);
    return text;
}

QString phase_start_speech(const Phase& phase)
{
    if (!phase.is_exercise() && phase.kind != PhaseKind::timed)
        return {}; // lead-ins, rests and switches speak through their cues
    QString text = qs(phase.title);
    if (phase.sets > 1)
        text += QStringLiteral(", ") + tr("set %1").arg(phase.set);
    if (!phase.alternate)
        text = with_side(text, phase.side);
    if (phase.self_paced())
        text += QStringLiteral(", ") + tr("%n reps", phase.reps);
    return text;
}

QString cue_speech(const Cue& cue, const Phase* phase)
{
    switch (cue.kind) {
    case CueKind::countdown:
        return QString::number(cue.number);
    case CueKind::halfway:
        return tr("Halfway");
    case CueKind::switch_sides:
        return tr("Switch sides");
    case CueKind::rest:
        return tr("Rest");
    case CueKind::rep:
        return phase && phase->alternate ? with_side(QString::number(cue.number), cue.side)
                                         : QString::number(cue.number);
    case CueKind::next_up:
        break;
    }
    const bool lead_in = phase && phase->kind == PhaseKind::lead_in;
    return with_side((lead_in ? tr("Get ready: %1") : tr("Next: %1")).arg(qs(cue.text)), cue.side);
}

std::optional<SoundCue> cue_sound(const Cue& cue)
{
    if (cue.kind == CueKind::switch_sides)
        return SoundCue::switch_sides;
    if (cue.kind == CueKind::countdown || (cue.kind == CueKind::rep && cue.number > 1))
        return SoundCue::tick;
    return std::nullopt;
}

// The weightier of two sounds due at once (see SoundCue).
std::optional<SoundCue> stronger(std::optional<SoundCue> a, std::optional<SoundCue> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return static_cast<int>(*a) > static_cast<int>(*b) ? a : b;
}

const Phase* phase_of(const Event& event, const SessionPlan& plan)
{
    const bool valid = event.phase >= 0 && event.phase < static_cast<int>(plan.phases.size());
    return valid ? &plan.phases[event.phase] : nullptr;
}

} // namespace

CueScript script_for(const Events& events, const SessionPlan& plan)
{
    QStringList parts;
    std::optional<SoundCue> sound;
    for (const Event& event : events) {
        const Phase* phase = phase_of(event, plan);
        switch (event.kind) {
        case EventKind::phase_started:
            parts.clear();
            sound = SoundCue::phase_start;
            if (phase)
                parts << phase_start_speech(*phase);
            break;
        case EventKind::cue_due:
            parts << cue_speech(event.cue, phase);
            sound = stronger(sound, cue_sound(event.cue));
            break;
        case EventKind::session_finished: {
            const bool completed = event.session_outcome == SessionOutcome::completed;
            parts.clear();
            parts << (completed ? tr("Well done. Session complete.") : tr("Session stopped."));
            sound = completed ? std::optional(SoundCue::finished) : std::nullopt;
            break;
        }
        case EventKind::phase_finished:
            break;
        }
    }
    parts.removeAll(QString());
    return CueScript{parts.join(QStringLiteral(". ")), sound};
}

} // namespace unknot::gui
