#include "core/session/phase_cues.h"

#include "core/routine/translated.h"
#include "core/session/spoken_exercise.h"

#include <algorithm>
#include <cmath>

namespace unknot {

namespace {

enum Chain { kSayChain, kMovementChain, kGetReadyChain };

constexpr double kCountWindowSeconds = 0.6; // a count may start this late in its rep
constexpr double kPoseWindowSeconds = 1.5;  // a tied line may start this late at its pose
constexpr double kLandmarkWindowSeconds = 2.0;
constexpr int kPoseReps = 3; // a tied line is tried at its pose in the first three reps

bool has_countdown(const Phase& phase)
{
    return phase.kind != PhaseKind::reps;
}

const std::string& pick(Side side, const std::string& left, const std::string& right)
{
    return side == Side::right ? right : left;
}

// The fraction of a rep at which the figure starts moving into `pose`.
std::optional<double> pose_start(const Exercise* exercise, const std::string& pose)
{
    if (!exercise || !exercise->figure || pose.empty())
        return std::nullopt;
    const std::vector<KeyPose>& poses = exercise->figure->poses;
    for (std::size_t i = 0; i < poses.size(); ++i)
        if (poses[i].name == pose)
            return i == 0 ? 0.0 : poses[i - 1].at + poses[i - 1].stay;
    return std::nullopt;
}

// Seconds of one rep of a phase, as its figure moves.
double rep_seconds(const Phase& phase, const Exercise* exercise)
{
    if (phase.tempo)
        return *phase.tempo;
    if (exercise && exercise->figure && exercise->figure->seconds > 0)
        return exercise->figure->seconds;
    return kSelfPacedSecondsPerRep;
}

struct Turn {
    const std::string* text;
    CueCategory category;
};

// One item of each list in turn: a1 b1 c1 a2 b2 a3 ...
std::vector<Turn>
interleave(const std::vector<std::pair<const std::vector<std::string>*, CueCategory>>& lists)
{
    std::vector<Turn> out;
    for (std::size_t i = 0;; ++i) {
        bool any = false;
        for (const auto& [list, category] : lists) {
            if (i >= list->size())
                continue;
            any = true;
            out.push_back({&(*list)[i], category});
        }
        if (!any)
            return out;
    }
}

// Collects one phase's requests.
class Writer {
public:
    Writer(const CueContext& context, int index, double length)
        : context_(context), plan_(context.plan), phase_(context.plan.phases[index]),
          phrases_(context.options.phrases), index_(index), length_(length)
    {}

    PhaseRequests write(int rotation)
    {
        boundary_sound();
        switch (phase_.kind) {
        case PhaseKind::lead_in:
            lead_in();
            break;
        case PhaseKind::hold:
        case PhaseKind::reps:
            exercise_phase(rotation);
            break;
        case PhaseKind::switch_sides:
            switch_sides();
            break;
        case PhaseKind::timed:
            timed(rotation);
            break;
        case PhaseKind::rest_between_sets:
        case PhaseKind::rest_after:
        case PhaseKind::rest:
            rest();
            break;
        }
        if (has_countdown(phase_))
            countdown();
        return std::move(out_);
    }

private:
    // ---- the phases ----

    void lead_in()
    {
        const Phase& about =
            index_ + 1 < static_cast<int>(plan_.phases.size()) ? plan_.phases[index_ + 1] : phase_;
        const Exercise* exercise = exercise_of(about);
        if (!exercise)
            return;
        if (index_ == 0)
            before_the_first_exercise();
        const SpokenExercise text = spoken(*exercise, about.side);
        say(CueCategory::announcement, fill(phrases_.exercise, {text.name}), kSayChain, true);
        if (about.alternate)
            say(CueCategory::announcement, phrases_.alternating, kSayChain, true);
        else if (about.side != Side::none)
            say(CueCategory::announcement,
                pick(about.side, phrases_.side_left, phrases_.side_right), kSayChain, true);
        say(CueCategory::announcement, equipment(text), kSayChain, true);
        say(CueCategory::instruction, note(about.side), kSayChain, true);
        for (const std::string& line : text.preparation)
            say(CueCategory::instruction, line, kSayChain, true);
        for (const std::string& line : text.setup)
            say(CueCategory::instruction, line, kSayChain, true);
        if (!text.cautions.empty())
            say(CueCategory::safety, text.cautions.front(), kSayChain, true);
    }

    // The routine's "check first" and "before you start" (equipment, getting a heat pack warm):
    // what the person must know or have ready before anything else.
    void before_the_first_exercise()
    {
        const Routine shown = translated(context_.routine, context_.options.language);
        for (const auto* lines : {&shown.check_first, &shown.before_you_start})
            for (const std::string& line : *lines)
                say(CueCategory::instruction, spoken_text(line, Side::none), kSayChain, true);
    }

    void exercise_phase(int rotation)
    {
        const Exercise* exercise = exercise_of(phase_);
        landmarks();
        const SpokenExercise text = exercise ? spoken(*exercise, phase_.side) : SpokenExercise{};
        const double moved = movement(text, exercise);
        if (phase_.kind == PhaseKind::reps && phase_.tempo)
            counts(moved);
        rotate(interleave(
                   {{&text.cues, CueCategory::form}, {&text.breathing, CueCategory::breathing}}),
               rotation, moved);
    }

    void switch_sides()
    {
        const Exercise* exercise = exercise_of(phase_);
        say(CueCategory::announcement,
            pick(phase_.side, phrases_.switch_left, phrases_.switch_right), kSayChain, true);
        if (exercise)
            for (const std::string& line : spoken(*exercise, phase_.side).setup)
                say(CueCategory::instruction, line, kSayChain, true);
    }

    void timed(int rotation)
    {
        const Exercise* exercise = exercise_of(phase_);
        say(CueCategory::announcement, fill(phrases_.exercise, {title(phase_)}), kSayChain);
        say(CueCategory::instruction, note(Side::none), kSayChain);
        landmarks();
        if (!exercise)
            return;
        const SpokenExercise text = spoken(*exercise, Side::none);
        for (const std::string& line : text.preparation)
            say(CueCategory::instruction, line, kSayChain);
        for (const std::string& line : text.setup)
            say(CueCategory::instruction, line, kSayChain);
        const double moved = movement(text, exercise);
        if (!text.cautions.empty())
            say(CueCategory::safety, text.cautions.front(), kSayChain);
        rotate(interleave({{&text.cues, CueCategory::form},
                           {&text.breathing, CueCategory::breathing},
                           {&text.cautions, CueCategory::safety}}),
               rotation, moved);
    }

    void rest()
    {
        say(CueCategory::announcement, phrases_.rest, kSayChain);
        if (phase_.kind == PhaseKind::rest)
            say(CueCategory::instruction, note(Side::none), kSayChain);
        if (phase_.kind == PhaseKind::rest_between_sets)
            next_set();
        else
            next_activity();
    }

    // ---- parts ----

    void boundary_sound()
    {
        CueSound sound = CueSound::phase_start;
        if (phase_.kind == PhaseKind::switch_sides)
            sound = CueSound::switch_sides;
        else if (index_ > 0 && works(plan_.phases[index_ - 1]))
            sound = CueSound::set_end;
        play(sound, 0.0, CueCategory::countdown);
    }

    void countdown()
    {
        for (int n = kCountdownFrom; n >= 1; --n)
            if (n < length_)
                play(CueSound::tick, length_ - n, CueCategory::countdown);
    }

    // A tick at each rep after the first and the rep's number; when the level says the movement,
    // neither while it is being talked through.
    void counts(double talked_until)
    {
        const double tempo = *phase_.tempo;
        const bool talking = speaks(context_.options.level, CueCategory::instruction);
        for (int rep = 1; rep <= phase_.reps; ++rep) {
            const double at = (rep - 1) * tempo;
            if (talking && at < talked_until)
                continue;
            if (rep > 1)
                play(CueSound::tick, at, CueCategory::count);
            const std::string number = std::to_string(rep);
            const Side side = phase_.alternate ? rep_side(phase_, rep) : Side::none;
            const std::string& format = side == Side::none
                                            ? phrases_.count
                                            : pick(side, phrases_.count_left, phrases_.count_right);
            say_in(CueCategory::count, fill(format, {number}),
                   {{at, at + std::min(kCountWindowSeconds, tempo / 3)}});
        }
    }

    // "Halfway" and "last five seconds" in holds and timed activities.
    void landmarks()
    {
        if (phase_.kind == PhaseKind::reps)
            return;
        if (length_ >= kHalfwayMinSeconds) {
            play(CueSound::halfway, length_ / 2, CueCategory::count);
            say_in(CueCategory::time, phrases_.halfway,
                   {{length_ / 2, length_ / 2 + kLandmarkWindowSeconds}});
        }
        if (length_ >= kLastFiveMinSeconds)
            say_in(CueCategory::time, phrases_.last_five, {{length_ - 5, length_ - 4.6}});
    }

    // The movement lines in order (in later sets only the first, as a reminder); returns when
    // they are expected to be over.
    double movement(const SpokenExercise& text, const Exercise* exercise)
    {
        const double rep = rep_seconds(phase_, exercise);
        const bool paced = phase_.kind == PhaseKind::reps;
        const std::size_t lines =
            phase_.set > 1 ? std::min<std::size_t>(1, text.movement.size()) : text.movement.size();
        const double count = static_cast<double>(lines);
        double expected = sound_seconds(CueSound::phase_start) + kSoundGapSeconds;
        for (std::size_t i = 0; i < lines; ++i) {
            const SpokenLine& line = text.movement[i];
            std::vector<CueWindow> windows;
            if (const std::optional<double> pose = pose_start(exercise, line.pose)) {
                const int reps = paced ? std::min(kPoseReps, std::max(1, phase_.reps)) : 1;
                for (int r = 0; r < reps; ++r) {
                    const double at = (r + *pose) * rep;
                    windows.push_back({at, paced ? at + kPoseWindowSeconds : length_});
                }
            } else {
                windows.push_back({paced ? rep * static_cast<double>(i) / count : 0.0, length_});
            }
            CueRequest& request =
                say_in(CueCategory::instruction, line.text, windows, kMovementChain);
            request.needs_previous = true;
            request.pause_before = paced ? 0.0 : kMovementPauseSeconds;
            expected = std::max(expected + (i > 0 ? request.pause_before : 0.0),
                                windows.front().earliest) +
                       request.item.seconds + kSpeechGapSeconds;
        }
        return expected;
    }

    // Form cues and breathing (and, in timed activities, the stop conditions) in turn, one about
    // every kRotationSeconds once the movement has been said, until the last seconds.
    void rotate(const std::vector<Turn>& pool, int rotation, double from)
    {
        if (pool.empty())
            return;
        const double every = length_ > 120 ? kLongRotationSeconds : kRotationSeconds;
        const double stop = length_ - (length_ >= kLastFiveMinSeconds ? 5.5 : kCountdownFrom);
        int turn = 0;
        for (double at = std::max(from, every / 2); at + 1 < stop; at += every, ++turn) {
            const Turn& next = pool[static_cast<std::size_t>(rotation + turn) % pool.size()];
            say_in(next.category, *next.text, {{at, std::min(at + every / 2, stop)}});
        }
        out_.rotations = turn;
    }

    void next_set()
    {
        const int next_index = index_ + 1;
        if (next_index >= static_cast<int>(plan_.phases.size()))
            return;
        const Phase& next = plan_.phases[next_index];
        const std::string set = std::to_string(next.set);
        const std::string sets = std::to_string(next.sets);
        const Side side = next.alternate ? Side::none : next.side;
        const std::string& format =
            side == Side::none ? phrases_.next_set
                               : pick(side, phrases_.next_set_left, phrases_.next_set_right);
        const bool setup = carries_setup(plan_, index_);
        say(CueCategory::announcement, fill(format, {set, sets}), kSayChain, setup);
        if (!setup)
            return;
        if (const Exercise* exercise = exercise_of(next))
            get_ready(spoken(*exercise, side).setup, true);
    }

    void next_activity()
    {
        for (std::size_t i = static_cast<std::size_t>(index_) + 1; i < plan_.phases.size(); ++i) {
            const Phase& next = plan_.phases[i];
            if (!works(next))
                continue;
            const Side side = next.alternate ? Side::none : next.side;
            const std::string& format = side == Side::none
                                            ? phrases_.next
                                            : pick(side, phrases_.next_left, phrases_.next_right);
            say(CueCategory::announcement, fill(format, {title(next)}), kSayChain);
            if (const Exercise* exercise = exercise_of(next))
                get_ready(spoken(*exercise, next.side).setup, false);
            return;
        }
    }

    void get_ready(const std::vector<std::string>& setup, bool must_fit)
    {
        for (std::size_t i = 0; i < setup.size(); ++i) {
            const std::string text = i == 0 ? fill(phrases_.get_ready, {setup[i]}) : setup[i];
            CueRequest& request =
                say_in(CueCategory::instruction, text, {}, kGetReadyChain, must_fit);
            request.needs_previous = true;
        }
    }

    // ---- helpers ----

    static bool works(const Phase& phase)
    {
        return phase.is_exercise() || phase.kind == PhaseKind::timed;
    }

    const Exercise* exercise_of(const Phase& phase) const
    {
        if (phase.exercise_id.empty())
            return timed_exercise(phase);
        return context_.lookup(phase.exercise_id);
    }

    // A timed activity borrows the text of the exercise its step names.
    const Exercise* timed_exercise(const Phase& phase) const
    {
        const Step* step = step_of(phase);
        if (phase.kind != PhaseKind::timed || !step || step->exercise.empty())
            return nullptr;
        return context_.lookup(step->exercise);
    }

    SpokenExercise spoken(const Exercise& exercise, Side side) const
    {
        return spoken_exercise(exercise, side, context_.options.language);
    }

    const Step* step_of(const Phase& phase) const
    {
        const auto step = static_cast<std::size_t>(phase.step_index);
        return step < context_.routine.steps.size() ? &context_.routine.steps[step] : nullptr;
    }

    const StepTranslation* step_translation(const Phase& phase) const
    {
        const auto found = context_.routine.translations.find(context_.options.language);
        if (found == context_.routine.translations.end())
            return nullptr;
        const auto step = static_cast<std::size_t>(phase.step_index);
        const std::vector<StepTranslation>& steps = found->second.steps;
        return step < steps.size() ? &steps[step] : nullptr;
    }

    std::string note(Side side) const
    {
        const Step* step = step_of(phase_);
        if (!step)
            return {};
        const StepTranslation* translation = step_translation(phase_);
        return spoken_text(
            translation && !translation->note.empty() ? translation->note : step->note, side);
    }

    // What the phase is called when said: the exercise's name, or the timed activity's title.
    std::string title(const Phase& phase) const
    {
        if (!phase.exercise_id.empty())
            if (const Exercise* exercise = context_.lookup(phase.exercise_id))
                return spoken(*exercise, Side::none).name;
        const StepTranslation* translation = step_translation(phase);
        return translation && !translation->title.empty() ? translation->title : phase.title;
    }

    std::string equipment(const SpokenExercise& text) const
    {
        std::vector<std::string> names;
        for (const std::string& id : text.equipment)
            if (id != "mat")
                names.push_back(equipment_name(phrases_, id));
        return names.empty() ? std::string()
                             : fill(phrases_.equipment, {spoken_list(phrases_, names)});
    }

    void play(CueSound sound, double at, CueCategory category)
    {
        CueRequest request;
        request.item = CueItem{at, sound_seconds(sound), category, {}, sound};
        request.windows = {{at, at}};
        out_.requests.push_back(std::move(request));
    }

    void say(CueCategory category, const std::string& text, int chain, bool must_fit = false)
    {
        if (!text.empty())
            say_in(category, text, {}, chain, must_fit);
    }

    CueRequest& say_in(CueCategory category, const std::string& text,
                       std::vector<CueWindow> windows, int chain = -1, bool must_fit = false)
    {
        CueRequest request;
        request.item.category = category;
        request.item.text = text;
        request.item.seconds = speech_seconds(text, context_.options.pace);
        request.windows = std::move(windows);
        request.chain = chain;
        request.must_fit = must_fit;
        out_.requests.push_back(std::move(request));
        return out_.requests.back();
    }

    const CueContext& context_;
    const SessionPlan& plan_;
    const Phase& phase_;
    const CuePhrases& phrases_;
    int index_;
    double length_;
    PhaseRequests out_;
};

} // namespace

PhaseRequests phase_requests(const CueContext& context, int index, double length, int rotation)
{
    return Writer(context, index, length).write(rotation);
}

bool carries_setup(const SessionPlan& plan, int index)
{
    const Phase& phase = plan.phases[static_cast<std::size_t>(index)];
    if (phase.kind == PhaseKind::lead_in || phase.kind == PhaseKind::switch_sides)
        return true;
    if (phase.kind != PhaseKind::rest_between_sets || index < 1 ||
        index + 1 >= static_cast<int>(plan.phases.size()))
        return false;
    const Phase& before = plan.phases[static_cast<std::size_t>(index - 1)];
    const Phase& after = plan.phases[static_cast<std::size_t>(index + 1)];
    return !after.alternate && after.side != Side::none && before.side != after.side;
}

std::vector<CueItem> session_end_items(const CoachOptions& options, bool completed)
{
    const std::string& text = completed ? options.phrases.completed : options.phrases.stopped;
    std::vector<CueItem> items;
    double at = 0;
    if (completed) {
        items.push_back(CueItem{
            0, sound_seconds(CueSound::finished), CueCategory::countdown, {}, CueSound::finished});
        at = items.back().end() + kSoundGapSeconds;
    }
    items.push_back(CueItem{at, speech_seconds(text, options.pace), CueCategory::announcement, text,
                            std::nullopt});
    return items;
}

} // namespace unknot
