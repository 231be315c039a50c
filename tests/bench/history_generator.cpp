#include "history_generator.h"

#include "core/history/week_math.h"

#include <array>
#include <random>
#include <stdexcept>

namespace unknot::bench {

namespace {

using namespace std::chrono;

struct RoutineShape {
    const char* id;
    const char* title;
    int steps; // exercise phases per session, about
};

constexpr std::array<RoutineShape, 6> kRoutines{{
    {"mid-back-strength", "Mid-back strength", 30},
    {"upper-back-stretch", "Upper back stretch", 26},
    {"thoracic-mobility", "Thoracic mobility", 28},
    {"lower-mid-back", "Lower and mid back", 24},
    {"between-shoulder-blades", "Between the shoulder blades", 27},
    {"everyday-ten", "Everyday ten", 22},
}};

constexpr std::array<const char*, 6> kNotes{
    "",
    "",
    "felt looser afterwards",
    "sore, \"tight\" left side\nbetter after the foam roller",
    "肩甲骨の間が楽になった",
    "Спина болит меньше, спасибо"};

// Central European Time, with summer time from the last Sunday of March to the last of October
// (the switch moments are simplified to local midnight: enough for week arithmetic).
int europe_offset(local_days day)
{
    const year_month_day date{day};
    const local_days march = local_days{date.year() / March / Sunday[last]};
    const local_days october = local_days{date.year() / October / Sunday[last]};
    return day >= march && day < october ? 120 : 60;
}

int offset_on(local_days day, local_days new_york_from, local_days new_york_to)
{
    if (day >= new_york_from && day < new_york_to)
        return europe_offset(day) == 120 ? -240 : -300;
    return europe_offset(day);
}

class Generator {
public:
    Generator(HistoryStore& store, const GeneratorOptions& options)
        : store_(store), random_(options.seed)
    {}

    void session(local_days day, minutes time_of_day, int offset)
    {
        const RoutineShape& routine = kRoutines[pick(kRoutines.size())];
        SessionRecord s;
        s.id = ++result_.sessions;
        s.routine_id = routine.id;
        s.routine_title = routine.title;
        s.snapshot = std::string(R"({"format":1,"routine":{"id":")") + routine.id + "\"}}";
        s.snapshot_hash = "0000000000000000";
        s.started_at =
            sys_seconds{(local_seconds{day} + time_of_day).time_since_epoch()} - minutes{offset};
        s.utc_offset_minutes = offset;
        s.status = pick(20) == 0 ? SessionStatus::stopped : SessionStatus::completed;
        s.pain_before = pick(8) == 0 ? std::nullopt : std::optional<int>(3 + int(pick(6)));
        if (s.pain_before)
            s.pain_after = std::max(0, *s.pain_before - int(pick(4)));
        s.notes = kNotes[pick(kNotes.size())];
        add_steps(s, routine.steps - 3 + int(pick(9)));
        s.ended_at = s.steps.back().finished_at + seconds{30};
        s.totals.rest_seconds = 15.0 * static_cast<double>(s.steps.size());
        if (const StoreStatus status = store_.restore_session(s); !status)
            throw std::runtime_error(status.message);
    }

    std::size_t pick(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
    }
    const GeneratedHistory& result() const { return result_; }

private:
    void add_steps(SessionRecord& s, int count)
    {
        sys_seconds t = s.started_at + seconds{10};
        for (int i = 0; i < count; ++i) {
            StepRecord step;
            step.exercise_id = "exercise-" + std::to_string(i % 9);
            step.exercise_name = "Exercise " + std::to_string(i % 9);
            step.kind = i % 3 == 1 ? StepKind::reps : StepKind::hold;
            step.side =
                i % 4 == 0 ? StepSide::left : (i % 4 == 1 ? StepSide::right : StepSide::none);
            step.sets = 2;
            step.set = 1 + i % 2;
            if (step.kind == StepKind::reps) {
                step.target_reps = 10;
                step.reps_done = 10;
            } else {
                step.target_seconds = 30;
            }
            step.active_seconds = 30;
            step.outcome = pick(25) == 0 ? StepOutcome::skipped : StepOutcome::done;
            step.phase = 2 * i;
            t += seconds{45};
            step.finished_at = t;
            s.totals.active_seconds += step.active_seconds;
            s.steps.push_back(std::move(step));
            ++result_.steps;
        }
    }

    HistoryStore& store_;
    std::mt19937 random_;
    GeneratedHistory result_;
};

} // namespace

GeneratedHistory generate_history(HistoryStore& store, const GeneratorOptions& options)
{
    Generator generator(store, options);
    const local_days first = options.last_day - days{365 * options.years - 1};
    const local_days new_york_from = first + days{365 * options.years / 2};
    const local_days new_york_to = new_york_from + days{182};
    int busy = 3; // sessions per week this week: weeks vary from idle to busy
    for (local_days day = first; day <= options.last_day; day += days{1}) {
        if (weekday{day} == Monday)
            busy = generator.pick(8) == 0 ? 0 : 3 + static_cast<int>(generator.pick(5)); // days
        if (static_cast<int>(generator.pick(7)) >= busy)
            continue;
        const int offset = offset_on(day, new_york_from, new_york_to);
        generator.session(day, hours{7} + minutes{generator.pick(60)}, offset);
        if (generator.pick(5) < 3) // often an evening session too
            generator.session(day, hours{21} + minutes{generator.pick(150)}, offset);
    }
    return generator.result();
}

} // namespace unknot::bench
