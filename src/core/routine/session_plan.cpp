#include "core/routine/session_plan.h"

#include "core/routine/side_text.h"

#include <numeric>

namespace unknot {

namespace {

std::string first_or_empty(const std::vector<std::string>& items)
{
    return items.empty() ? std::string() : items.front();
}

std::string first_movement(const Exercise& exercise)
{
    return exercise.instructions.empty() ? std::string() : exercise.instructions.front().text;
}

// The lead-in shows how to get into position: the first setup line, or in a format-1 exercise
// (no setup) the first instruction, which is the setup there.
std::string first_setup(const Exercise& exercise)
{
    return exercise.setup.empty() ? first_movement(exercise) : exercise.setup.front();
}

// Expands one step into phases, appending to `out`.
class StepExpander {
public:
    StepExpander(const Routine& routine, int step_index, std::vector<Phase>& out)
        : routine_(routine), step_(routine.steps[step_index]), step_index_(step_index), out_(out)
    {}

    void exercise_step(const Exercise& exercise)
    {
        base_ = exercise_base(exercise);
        if (routine_.lead_in_seconds > 0) {
            Phase& lead = push(PhaseKind::lead_in, Side::none, 1, routine_.lead_in_seconds);
            lead.instruction = side_text(first_setup(exercise), Side::none); // left comes first
        }
        for (int set = 1; set <= step_.sets; ++set) {
            if (step_.kind == StepKind::hold)
                hold_set(exercise.sides, set);
            else
                reps_set(exercise.sides, set);
            if (set < step_.sets && step_.rest_between_sets > 0)
                push(PhaseKind::rest_between_sets, Side::none, set, step_.rest_between_sets);
        }
        rest_after();
    }

    void timed_step()
    {
        base_ = plain_base();
        base_.title = step_.title;
        push(PhaseKind::timed, Side::none, 1, step_.seconds);
        rest_after();
    }

    void rest_step()
    {
        base_ = plain_base();
        push(PhaseKind::rest, Side::none, 1, step_.seconds);
    }

private:
    Phase plain_base() const
    {
        Phase p;
        p.step_index = step_index_;
        p.instruction = step_.note;
        return p;
    }

    Phase exercise_base(const Exercise& exercise) const
    {
        Phase p = plain_base();
        p.exercise_id = exercise.id;
        p.title = exercise.name;
        if (p.instruction.empty())
            p.instruction = first_movement(exercise);
        p.cue = first_or_empty(exercise.cues);
        p.sets = step_.sets;
        return p;
    }

    // Texts with side choices say the side being done; without one, the left (it comes first).
    Phase& push(PhaseKind kind, Side side, int set, double seconds)
    {
        Phase p = base_;
        p.kind = kind;
        p.side = side;
        p.title = side_text(p.title, side);
        p.instruction = side_text(p.instruction, side);
        p.cue = side_text(p.cue, side);
        p.set = set;
        p.planned_seconds = seconds;
        out_.push_back(std::move(p));
        return out_.back();
    }

    void hold_set(Sides sides, int set)
    {
        const double seconds = step_.hold_seconds;
        if (sides == Sides::none) {
            push(PhaseKind::hold, Side::none, set, seconds);
            return;
        }
        push(PhaseKind::hold, Side::left, set, seconds);
        push(PhaseKind::switch_sides, Side::right, set, kSwitchSidesSeconds);
        push(PhaseKind::hold, Side::right, set, seconds);
    }

    void reps_set(Sides sides, int set)
    {
        if (sides == Sides::each) {
            push_reps(Side::left, set);
            push(PhaseKind::switch_sides, Side::right, set, kSwitchSidesSeconds);
            push_reps(Side::right, set);
            return;
        }
        Phase& p = push_reps(sides == Sides::alternate ? Side::left : Side::none, set);
        p.alternate = sides == Sides::alternate;
    }

    Phase& push_reps(Side side, int set)
    {
        const double per_rep = step_.tempo.value_or(kSelfPacedSecondsPerRep);
        Phase& p = push(PhaseKind::reps, side, set, per_rep * step_.reps);
        p.reps = step_.reps;
        p.tempo = step_.tempo;
        return p;
    }

    void rest_after()
    {
        if (step_.rest_after > 0)
            push(PhaseKind::rest_after, Side::none, step_.sets, step_.rest_after);
    }

    const Routine& routine_;
    const Step& step_;
    int step_index_;
    std::vector<Phase>& out_;
    Phase base_;
};

// The phases' seconds of one exercise step, added in the order build_plan makes the phases.
double exercise_step_seconds(double sum, const Routine& routine, const Step& step, Sides sides)
{
    if (routine.lead_in_seconds > 0)
        sum += routine.lead_in_seconds;
    const double active = step.kind == StepKind::hold
                              ? step.hold_seconds
                              : step.tempo.value_or(kSelfPacedSecondsPerRep) * step.reps;
    const bool two_sides =
        step.kind == StepKind::hold ? sides != Sides::none : sides == Sides::each;
    for (int set = 1; set <= step.sets; ++set) {
        sum += active;
        if (two_sides) {
            sum += kSwitchSidesSeconds;
            sum += active;
        }
        if (set < step.sets && step.rest_between_sets > 0)
            sum += step.rest_between_sets;
    }
    if (step.rest_after > 0)
        sum += step.rest_after;
    return sum;
}

} // namespace

double planned_seconds(const Routine& routine, const ExerciseLookup& lookup)
{
    double sum = 0.0;
    for (const Step& step : routine.steps) {
        switch (step.kind) {
        case StepKind::hold:
        case StepKind::reps:
            if (const Exercise* exercise = lookup(step.exercise))
                sum = exercise_step_seconds(sum, routine, step, exercise->sides);
            break;
        case StepKind::timed:
            sum += step.seconds;
            if (step.rest_after > 0)
                sum += step.rest_after;
            break;
        case StepKind::rest:
            sum += step.seconds;
            break;
        }
    }
    return sum;
}

Side rep_side(const Phase& phase, int rep)
{
    if (!phase.alternate || rep % 2 == 1)
        return phase.side;
    return phase.side == Side::left ? Side::right : Side::left;
}

double SessionPlan::total_seconds() const
{
    return std::accumulate(phases.begin(), phases.end(), 0.0,
                           [](double sum, const Phase& p) { return sum + p.planned_seconds; });
}

SessionPlan build_plan(const Routine& routine, const ExerciseLookup& lookup)
{
    SessionPlan plan;
    for (int i = 0; i < static_cast<int>(routine.steps.size()); ++i) {
        StepExpander expand(routine, i, plan.phases);
        switch (routine.steps[i].kind) {
        case StepKind::hold:
        case StepKind::reps:
            if (const Exercise* exercise = lookup(routine.steps[i].exercise))
                expand.exercise_step(*exercise);
            break;
        case StepKind::timed:
            expand.timed_step();
            break;
        case StepKind::rest:
            expand.rest_step();
            break;
        }
    }
    return plan;
}

} // namespace unknot
