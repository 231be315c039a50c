#include "core/session/session_cues.h"

#include <algorithm>

namespace unknot {

namespace {

bool is_rest(PhaseKind kind)
{
    return kind == PhaseKind::rest || kind == PhaseKind::rest_between_sets ||
           kind == PhaseKind::rest_after;
}

bool has_countdown(const Phase& phase)
{
    return phase.kind != PhaseKind::reps;
}

// The next phase after `index` in which the user does something: an exercise or a timed activity.
const Phase* next_activity(const SessionPlan& plan, int index)
{
    for (std::size_t i = index + 1; i < plan.phases.size(); ++i)
        if (plan.phases[i].is_exercise() || plan.phases[i].kind == PhaseKind::timed)
            return &plan.phases[i];
    return nullptr;
}

void add(std::vector<ScheduledCue>& out, double offset, CueKind kind, int number = 0,
         Side side = Side::none, std::string text = {})
{
    out.push_back({to_duration(offset), Cue{kind, number, side, std::move(text)}});
}

void add_start_cues(std::vector<ScheduledCue>& out, const SessionPlan& plan, int index)
{
    const Phase& phase = plan.phases[index];
    if (phase.kind == PhaseKind::switch_sides)
        add(out, 0, CueKind::switch_sides, 0, phase.side);
    if (is_rest(phase.kind))
        add(out, 0, CueKind::rest);
    if (is_rest(phase.kind) || phase.kind == PhaseKind::lead_in)
        if (const Phase* next = next_activity(plan, index))
            add(out, 0, CueKind::next_up, 0, next->side, next->title);
}

void add_rep_cues(std::vector<ScheduledCue>& out, const Phase& phase)
{
    if (phase.kind != PhaseKind::reps || !phase.tempo)
        return;
    for (int rep = 1; rep <= phase.reps; ++rep)
        add(out, (rep - 1) * *phase.tempo, CueKind::rep, rep, rep_side(phase, rep));
}

} // namespace

Side rep_side(const Phase& phase, int rep)
{
    if (!phase.alternate || rep % 2 == 1)
        return phase.side;
    return phase.side == Side::left ? Side::right : Side::left;
}

std::vector<ScheduledCue> schedule_cues(const SessionPlan& plan, int phase_index)
{
    const Phase& phase = plan.phases[phase_index];
    std::vector<ScheduledCue> out;
    add_start_cues(out, plan, phase_index);
    add_rep_cues(out, phase);
    if (phase.kind == PhaseKind::hold && phase.planned_seconds >= kHalfwayMinSeconds)
        add(out, phase.planned_seconds / 2, CueKind::halfway);
    if (has_countdown(phase))
        for (int n = kCountdownFrom; n >= 1; --n)
            if (n < phase.planned_seconds)
                add(out, phase.planned_seconds - n, CueKind::countdown, n);
    std::stable_sort(out.begin(), out.end(), [](const ScheduledCue& a, const ScheduledCue& b) {
        return a.offset < b.offset;
    });
    return out;
}

} // namespace unknot
