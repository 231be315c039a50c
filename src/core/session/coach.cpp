#include "core/session/coach.h"

#include "core/session/phase_cues.h"

#include <cmath>
#include <map>

namespace unknot {

namespace {

bool starts_step(const SessionPlan& plan, std::size_t index)
{
    return index == 0 || plan.phases[index - 1].step_index != plan.phases[index].step_index;
}

// A step without a lead-in gets one (of no length yet) when the setup is to be said.
void add_missing_lead_ins(SessionPlan& plan, GuidanceLevel level)
{
    if (!speaks(level, CueCategory::instruction))
        return;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& phase = plan.phases[i];
        if (!phase.is_exercise() || !starts_step(plan, i))
            continue;
        Phase lead = phase;
        lead.kind = PhaseKind::lead_in;
        lead.planned_seconds = 0;
        lead.reps = 0;
        lead.tempo.reset();
        lead.alternate = false;
        plan.phases.insert(plan.phases.begin() + static_cast<std::ptrdiff_t>(i), std::move(lead));
        ++i;
    }
}

// The least length that could hold what must fit: each one after the other, then the count.
double least_length(const std::vector<CueRequest>& requests, GuidanceLevel level)
{
    double sum = kSoundGapSeconds + sound_seconds(CueSound::phase_start);
    for (const CueRequest& r : requests)
        if (r.must_fit && speaks(level, r.item.category))
            sum += r.item.seconds + kSpeechGapSeconds;
    return sum + kCountdownFrom;
}

struct Placed {
    double length = 0;
    PhaseScript script;
    int rotations = 0;
};

// Places phase `index`; a phase that carries a setup grows by whole seconds until what the level
// says of it fits.
Placed place_phase(const CueContext& context, int index, int rotation)
{
    const Phase& phase = context.plan.phases[static_cast<std::size_t>(index)];
    const GuidanceLevel level = context.options.level;
    const bool may_grow = carries_setup(context.plan, index);
    double length = phase.planned_seconds;
    bool grown = false;
    for (;;) {
        PhaseRequests asked = phase_requests(context, index, length, rotation);
        Placement placement = place_cues(asked.requests, length, level);
        if (!placement.dropped_must_fit || !may_grow || length >= kMaxStretchedSeconds)
            return {length, {std::move(placement.items)}, asked.rotations};
        const double least = std::ceil(least_length(asked.requests, level));
        length = grown ? length + 1 : std::max(std::floor(length) + 1, least);
        length = std::min(length, kMaxStretchedSeconds);
        grown = true;
    }
}

} // namespace

CoachedSession coach_session(SessionPlan plan, const Routine& routine, const ExerciseLookup& lookup,
                             const CoachOptions& options)
{
    add_missing_lead_ins(plan, options.level);
    CoachedSession out;
    out.script.phases.resize(plan.phases.size());
    std::map<int, int> rotation; // by step
    const CueContext context{plan, routine, lookup, options};
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        Phase& phase = plan.phases[i];
        Placed placed = place_phase(context, static_cast<int>(i), rotation[phase.step_index]);
        phase.planned_seconds = placed.length;
        rotation[phase.step_index] += placed.rotations;
        out.script.phases[i] = std::move(placed.script);
    }
    out.script.completed = session_end_items(options, true);
    out.script.stopped = session_end_items(options, false);
    out.plan = std::move(plan);
    return out;
}

} // namespace unknot
