// The coach's cue script: what is said and played in each phase, in what order, when, and that
// nothing overlaps.
#include "core/routine/side_text.h"
#include "core/session/coach.h"
#include "core/session/cue_placement.h"
#include "core/session/cue_script_text.h"
#include "session_fixture.h"
#include "shipped_routines.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace unknot;

namespace {

// One exercise step in a routine of its own: setup "Set up.", movement "Move one." "Move two.",
// cues, cautions, a foam roller and a mat.
struct OneStep {
    Exercise exercise;
    Routine routine;

    explicit OneStep(Sides sides = Sides::none)
    {
        exercise = test::make_exercise("roll", "Roll", sides);
        exercise.instructions = {"Set up.", "Move one.", "Move two."};
        exercise.cues = {"Cue one.", "Cue two.", "Cue three."};
        exercise.cautions = {"Stop if it hurts.", "Stop if you feel dizzy."};
        exercise.equipment = {"foam-roller", "mat"};
        routine.id = "one";
        routine.title = "One";
        routine.lead_in_seconds = 5;
        hold(30);
    }

    void hold(int seconds, int sets = 1, int rest_between = 0)
    {
        Step step;
        step.kind = StepKind::hold;
        step.exercise = "roll";
        step.hold_seconds = seconds;
        step.sets = sets;
        step.rest_between_sets = rest_between;
        routine.steps = {step};
    }

    void reps(int count, double tempo)
    {
        Step step;
        step.kind = StepKind::reps;
        step.exercise = "roll";
        step.reps = count;
        step.tempo = tempo;
        routine.steps = {step};
    }

    ExerciseLookup lookup() const
    {
        return [this](std::string_view id) { return id == exercise.id ? &exercise : nullptr; };
    }

    CoachedSession coached(GuidanceLevel level = GuidanceLevel::full) const
    {
        CoachOptions options;
        options.level = level;
        return coach_session(build_plan(routine, lookup()), routine, lookup(), options);
    }
};

std::vector<std::string> said(const PhaseScript& phase)
{
    std::vector<std::string> out;
    for (const CueItem& item : phase.items)
        if (!item.sound)
            out.push_back(item.text);
    return out;
}

const CueItem* find(const PhaseScript& phase, const std::string& text)
{
    const auto it = std::find_if(phase.items.begin(), phase.items.end(),
                                 [&](const CueItem& item) { return item.text == text; });
    return it == phase.items.end() ? nullptr : &*it;
}

std::vector<double> sounds_at(const PhaseScript& phase, CueSound sound)
{
    std::vector<double> out;
    for (const CueItem& item : phase.items)
        if (item.sound == sound)
            out.push_back(item.at);
    return out;
}

// No two items of a phase overlap (kept their gap apart), all end inside it, in time order.
void check_apart(const SessionPlan& plan, const CueScript& script)
{
    REQUIRE(script.phases.size() == plan.phases.size());
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const std::vector<CueItem>& items = script.phases[i].items;
        INFO("phase " << i << " (" << phase_kind_name(plan.phases[i].kind) << ")");
        for (std::size_t k = 0; k < items.size(); ++k) {
            INFO(items[k].text << " at " << items[k].at);
            CHECK(items[k].at >= 0);
            CHECK(items[k].end() <= plan.phases[i].planned_seconds + 1e-9);
            if (k > 0) {
                CHECK(items[k - 1].at <= items[k].at);
                CHECK(items[k - 1].end() + gap_between(items[k - 1], items[k]) <=
                      items[k].at + 1e-9);
            }
        }
    }
}

} // namespace

TEST_CASE("the lead-in says the name, equipment, setup and first stop condition, in order, "
          "then 3-2-1, lengthened to whole seconds to fit",
          "[coach]")
{
    const OneStep one;
    const CoachedSession session = one.coached();
    REQUIRE(session.plan.phases[0].kind == PhaseKind::lead_in);
    const PhaseScript& lead = session.script.phases[0];
    CHECK(said(lead) == std::vector<std::string>{"Roll.", "You need: foam roller.", "Set up.",
                                                 "Stop if it hurts."});
    const double length = session.plan.phases[0].planned_seconds;
    CHECK(length > 5);
    CHECK(length == std::floor(length));
    CHECK(sounds_at(lead, CueSound::tick) ==
          std::vector<double>{length - 3, length - 2, length - 1});
    CHECK(lead.items.front().sound == CueSound::phase_start);
    // As short as it can be: a second less and the stop condition would not fit.
    const CueItem& last = *find(lead, "Stop if it hurts.");
    CHECK(last.end() + kSoundGapSeconds <= length - 3);
    CHECK(last.end() + kSoundGapSeconds > length - 4);
}

TEST_CASE("a lead-in long enough for its setup keeps its length", "[coach]")
{
    OneStep one;
    one.routine.lead_in_seconds = 60;
    CHECK(one.coached().plan.phases[0].planned_seconds == 60);
}

TEST_CASE("a quieter level lengthens only for what it says", "[coach]")
{
    OneStep one;
    one.routine.lead_in_seconds = 10;
    CHECK(one.coached(GuidanceLevel::full).plan.phases[0].planned_seconds > 10);
    // Names and counts: the name, the equipment and the stop condition fit in 10 s.
    const CoachedSession names = one.coached(GuidanceLevel::names_and_counts);
    CHECK(names.plan.phases[0].planned_seconds == 10);
    const std::vector<std::string> lead = said(names.script.phases[0]);
    CHECK(std::find(lead.begin(), lead.end(), "Stop if it hurts.") != lead.end());
    one.routine.lead_in_seconds = 4;
    CHECK(one.coached(GuidanceLevel::sounds_only).plan.phases[0].planned_seconds == 4);
    CHECK(one.coached(GuidanceLevel::silent).plan.total_seconds() ==
          build_plan(one.routine, one.lookup()).total_seconds());
}

TEST_CASE("a step without a lead-in gets one when the setup is to be said", "[coach]")
{
    OneStep one;
    one.routine.lead_in_seconds = 0;
    const CoachedSession full = one.coached();
    REQUIRE(full.plan.phases.size() == 2);
    CHECK(full.plan.phases[0].kind == PhaseKind::lead_in);
    CHECK(full.plan.phases[0].step_index == 0);
    CHECK(said(full.script.phases[0]).front() == "Roll.");
    CHECK(one.coached(GuidanceLevel::names_and_counts).plan.phases.size() == 1);
}

TEST_CASE("a hold says the movement in order from its start, with time to act between lines",
          "[coach]")
{
    const OneStep one;
    const CoachedSession session = one.coached();
    const PhaseScript& hold = session.script.phases[1];
    const CueItem* first = find(hold, "Move one.");
    const CueItem* second = find(hold, "Move two.");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(hold.items.front().sound == CueSound::phase_start);
    CHECK(first->at == Approx(sound_seconds(CueSound::phase_start) + kSoundGapSeconds));
    CHECK(second->at >= first->end() + kSpeechGapSeconds + kMovementPauseSeconds - 1e-9);
}

TEST_CASE("a hold says halfway and last five seconds, short ones only what fits their length",
          "[coach]")
{
    OneStep one;
    const PhaseScript hold = one.coached().script.phases[1];
    CHECK(sounds_at(hold, CueSound::halfway) == std::vector<double>{15});
    REQUIRE(find(hold, "Halfway."));
    CHECK(find(hold, "Halfway.")->at == Approx(15 + 0.25 + kSoundGapSeconds));
    REQUIRE(find(hold, "Last five seconds."));
    CHECK(find(hold, "Last five seconds.")->at == 25);
    CHECK(sounds_at(hold, CueSound::tick) == std::vector<double>{27, 28, 29});

    one.hold(12);
    const PhaseScript short_hold = one.coached().script.phases[1];
    CHECK(sounds_at(short_hold, CueSound::halfway).empty());
    CHECK(find(short_hold, "Last five seconds."));
    one.hold(8);
    CHECK_FALSE(find(one.coached().script.phases[1], "Last five seconds."));
}

TEST_CASE("form cues take turns about every 12 s through long holds, and the next set goes on "
          "where the last stopped",
          "[coach]")
{
    OneStep one;
    one.hold(60, 2, 10);
    const CoachedSession session = one.coached();
    std::vector<const CueItem*> turns;
    for (const CueItem& item : session.script.phases[1].items)
        if (item.category == CueCategory::form)
            turns.push_back(&item);
    REQUIRE(turns.size() >= 3);
    CHECK(turns[0]->text == "Cue one.");
    CHECK(turns[1]->text == "Cue two.");
    CHECK(turns[2]->text == "Cue three.");
    for (std::size_t i = 1; i < turns.size(); ++i) {
        const double apart = turns[i]->at - turns[i - 1]->at;
        CHECK(apart >= kRotationSeconds / 2);
        CHECK(apart <= kRotationSeconds * 1.5);
    }
    REQUIRE(session.plan.phases[3].kind == PhaseKind::hold);
    REQUIRE(session.plan.phases[3].set == 2);
    const std::size_t next = turns.size() % one.exercise.cues.size();
    const auto set_two =
        std::find_if(session.script.phases[3].items.begin(), session.script.phases[3].items.end(),
                     [](const CueItem& item) { return item.category == CueCategory::form; });
    REQUIRE(set_two != session.script.phases[3].items.end());
    CHECK(set_two->text == one.exercise.cues[next]);
    // A later set reminds of the first movement line only.
    CHECK(find(session.script.phases[3], "Move one."));
    CHECK_FALSE(find(session.script.phases[3], "Move two."));
}

TEST_CASE("a side switch says the other side and its setup, lengthened to fit", "[coach]")
{
    const OneStep one(Sides::each);
    const CoachedSession session = one.coached();
    REQUIRE(session.plan.phases[2].kind == PhaseKind::switch_sides);
    const PhaseScript& switching = session.script.phases[2];
    CHECK(switching.items.front().sound == CueSound::switch_sides);
    CHECK(said(switching) == std::vector<std::string>{"Other side: right.", "Set up."});
    CHECK(session.plan.phases[2].planned_seconds > kSwitchSidesSeconds);
    CHECK(said(session.script.phases[0])[1] == "Left side.");
}

TEST_CASE("paced reps are counted once the movement is talked through, with the side when they "
          "alternate",
          "[coach]")
{
    OneStep one(Sides::alternate);
    one.reps(8, 4);
    const CoachedSession session = one.coached();
    const PhaseScript& reps = session.script.phases[1];
    const CueItem* last_line = find(reps, "Move two.");
    REQUIRE(last_line);
    std::vector<std::string> counts;
    for (const CueItem& item : reps.items) {
        if (item.category != CueCategory::count || item.sound)
            continue;
        counts.push_back(item.text);
        CHECK(item.at >= last_line->end());
    }
    REQUIRE_FALSE(counts.empty());
    CHECK(counts.back() == "8, right");
    CHECK(std::find(counts.begin(), counts.end(), "7, left") != counts.end());
    // Each count at its rep's start, just after the rep's tick.
    for (const CueItem& item : reps.items)
        if (item.text == "7, left")
            CHECK(item.at == Approx(6 * 4 + 0.06 + kSoundGapSeconds));

    // At sounds only: a tick at every rep after the first, nothing held back.
    const PhaseScript quiet = one.coached(GuidanceLevel::sounds_only).script.phases[1];
    CHECK(sounds_at(quiet, CueSound::tick) == std::vector<double>{4, 8, 12, 16, 20, 24, 28});
}

TEST_CASE("a rest says rest, what comes next with its side, and as much of its setup as fits",
          "[coach]")
{
    test::SessionFixture fixture;
    const CoachedSession session = fixture.coached();
    const SessionPlan& plan = session.plan;
    const auto rest = std::find_if(plan.phases.begin(), plan.phases.end(),
                                   [](const Phase& p) { return p.kind == PhaseKind::rest_after; });
    REQUIRE(rest != plan.phases.end());
    const PhaseScript& script =
        session.script.phases[static_cast<std::size_t>(rest - plan.phases.begin())];
    CHECK(script.items.front().sound == CueSound::set_end);
    const std::vector<std::string> words = said(script);
    REQUIRE(words.size() >= 3);
    CHECK(words[0] == "Rest.");
    CHECK(words[1] == "Next: Bird dog."); // it alternates: no one side
    CHECK(words[2] == "Get ready: Bird dog: first instruction");
}

TEST_CASE("a rest between sets that changes sides says the setup for that side", "[coach]")
{
    OneStep one(Sides::each);
    one.hold(20, 2, 5);
    const CoachedSession session = one.coached();
    REQUIRE(session.plan.phases[4].kind == PhaseKind::rest_between_sets);
    CHECK(said(session.script.phases[4]) ==
          std::vector<std::string>{"Rest.", "Set 2 of 2 next, left side.", "Get ready: Set up."});
    CHECK(session.plan.phases[4].planned_seconds > 5);
}

TEST_CASE("the session ends with the finished sound and well done, a stop says so", "[coach]")
{
    const CoachedSession session = OneStep().coached();
    REQUIRE(session.script.completed.size() == 2);
    CHECK(session.script.completed[0].sound == CueSound::finished);
    CHECK(session.script.completed[1].text == "Well done. Session complete.");
    CHECK(session.script.completed[1].at >= session.script.completed[0].end());
    REQUIRE(session.script.stopped.size() == 1);
    CHECK(session.script.stopped[0].text == "Session stopped.");
}

// Format 2: the setup apart from the movement, side choices, breathing, preparation.
struct FormatTwo : OneStep {
    explicit FormatTwo(Sides sides = Sides::each) : OneStep(sides)
    {
        exercise.setup = {"Lie on your {left|right} side.", "Bend your knees."};
        exercise.instructions = {"Reach your {left|right} arm up.", "Open your chest."};
        exercise.preparation = {"Put a cushion under your head."};
        exercise.breathing = {"Breathe out as you open.", "Breathe slowly."};
        exercise.cues = {"Cue one."};
    }
};

TEST_CASE("format 2: the lead-in says the preparation and the setup for its side, the hold the "
          "movement, the switch the other side's setup",
          "[coach]")
{
    const FormatTwo two;
    const CoachedSession session = two.coached();
    CHECK(said(session.script.phases[0]) ==
          std::vector<std::string>{"Roll.", "Left side.", "You need: foam roller.",
                                   "Put a cushion under your head.", "Lie on your left side.",
                                   "Bend your knees.", "Stop if it hurts."});
    const std::vector<std::string> hold = said(session.script.phases[1]);
    CHECK(hold.at(0) == "Reach your left arm up.");
    CHECK(hold.at(1) == "Open your chest.");
    REQUIRE(session.plan.phases[2].kind == PhaseKind::switch_sides);
    CHECK(said(session.script.phases[2]) == std::vector<std::string>{"Other side: right.",
                                                                     "Lie on your right side.",
                                                                     "Bend your knees."});
    CHECK(said(session.script.phases[3]).at(0) == "Reach your right arm up.");
}

TEST_CASE("format 2: breathing reminders take turns with the form cues through a long hold",
          "[coach]")
{
    FormatTwo two(Sides::none);
    two.hold(60);
    const CoachedSession session = two.coached();
    std::vector<std::string> turns;
    for (const CueItem& item : session.script.phases[1].items)
        if (item.category == CueCategory::form || item.category == CueCategory::breathing)
            turns.push_back(item.text);
    REQUIRE(turns.size() >= 3);
    CHECK(turns[0] == "Cue one.");
    CHECK(turns[1] == "Breathe out as you open.");
    CHECK(turns[2] == "Breathe slowly.");
}

TEST_CASE("an instruction tied to a key pose is said as the figure moves into it, in the first "
          "reps",
          "[coach]")
{
    FormatTwo two(Sides::none);
    Figure figure;
    figure.seconds = 6;
    KeyPose start;
    start.name = "start";
    start.at = 0;
    start.stay = 0.1;
    KeyPose open;
    open.name = "open";
    open.at = 0.6;
    open.stay = 0.2;
    figure.poses = {start, open};
    two.exercise.figure = figure;
    two.exercise.instructions = {Instruction("Reach up."), Instruction("Open your chest.", "open")};
    two.reps(5, 6);
    const CoachedSession session = two.coached();
    const PhaseScript& reps = session.script.phases[1];
    INFO(cue_script_text(session.plan, session.script));
    std::vector<double> opens;
    for (const CueItem& item : reps.items)
        if (item.text == "Open your chest.")
            opens.push_back(item.at);
    REQUIRE_FALSE(opens.empty());
    // The figure starts moving into "open" at 0.1 of a rep: 0.6 s into a 6 s rep.
    CHECK(std::fmod(opens.front(), 6.0) >= 0.6 - 1e-9);
    CHECK(std::fmod(opens.front(), 6.0) <= 0.6 + 1.5);
    CHECK(opens.front() < 3 * 6.0);
}

TEST_CASE("the coach says the routine's texts in its language where they are translated", "[coach]")
{
    FormatTwo two;
    ExerciseTranslation de;
    de.name = "Rolle";
    de.setup = {"Leg dich auf die {linke|rechte} Seite.", "Beuge die Knie."};
    de.cautions = {"Hör auf, wenn es weh tut.", "Hör auf, wenn dir schwindlig wird."};
    two.exercise.translations["de"] = de;
    CoachOptions options;
    options.language = "de";
    const CoachedSession session =
        coach_session(build_plan(two.routine, two.lookup()), two.routine, two.lookup(), options);
    const std::vector<std::string> lead = said(session.script.phases[0]);
    CHECK(lead.front() == "Rolle.");
    CHECK(std::find(lead.begin(), lead.end(), "Leg dich auf die linke Seite.") != lead.end());
    CHECK(lead.back() == "Hör auf, wenn es weh tut.");
    // Not translated: the file's own text.
    CHECK(said(session.script.phases[1]).at(0) == "Reach your left arm up.");
    CHECK(said(session.script.phases[2]).at(1) == "Leg dich auf die rechte Seite.");
}

TEST_CASE("a timed step says its title and note, then borrows its exercise's text", "[coach]")
{
    FormatTwo two(Sides::none);
    Step timed;
    timed.kind = StepKind::timed;
    timed.title = "Heat on the upper back";
    timed.seconds = 90;
    timed.exercise = "roll";
    timed.note = "Lie still.";
    two.routine.steps = {timed};
    const CoachedSession session = two.coached();
    REQUIRE(session.plan.phases[0].kind == PhaseKind::timed);
    const std::vector<std::string> words = said(session.script.phases[0]);
    REQUIRE(words.size() >= 5);
    CHECK(words[0] == "Heat on the upper back.");
    CHECK(words[1] == "Lie still.");
    CHECK(words[2] == "Put a cushion under your head.");
    CHECK(words[3] == "Lie on your left side.");
    CHECK(std::find(words.begin(), words.end(), "Stop if it hurts.") != words.end());
    CHECK(std::find(words.begin(), words.end(), "Breathe slowly.") != words.end());
}

TEST_CASE("the coach speaks the phrasebook it is given", "[coach]")
{
    const OneStep one(Sides::each);
    CoachOptions options;
    options.phrases.switch_right = "Andere Seite: rechts.";
    options.phrases.equipment = "Du brauchst: %1.";
    options.phrases.equipment_names["foam-roller"] = "Faszienrolle";
    const CoachedSession session =
        coach_session(build_plan(one.routine, one.lookup()), one.routine, one.lookup(), options);
    CHECK(said(session.script.phases[0])[2] == "Du brauchst: Faszienrolle.");
    CHECK(said(session.script.phases[2])[0] == "Andere Seite: rechts.");
}

TEST_CASE("3-2-1 and the phase sounds are never moved, nothing overlaps in the fixture", "[coach]")
{
    for (GuidanceLevel level : guidance_levels()) {
        INFO(guidance_name(level));
        CoachOptions options;
        options.level = level;
        const test::SessionFixture fixture;
        const CoachedSession session = fixture.coached(options);
        check_apart(session.plan, session.script);
        for (std::size_t i = 0; i < session.plan.phases.size(); ++i) {
            const Phase& phase = session.plan.phases[i];
            const PhaseScript& script = session.script.phases[i];
            REQUIRE_FALSE(script.items.empty());
            CHECK(script.items.front().at == 0);
            CHECK(script.items.front().sound);
            if (phase.kind != PhaseKind::reps && phase.planned_seconds > 3)
                CHECK(sounds_at(script, CueSound::tick) ==
                      std::vector<double>{phase.planned_seconds - 3, phase.planned_seconds - 2,
                                          phase.planned_seconds - 1});
        }
    }
}

TEST_CASE("the script as text: one line an item, times from the session's start", "[coach]")
{
    const OneStep one;
    const CoachedSession session = one.coached();
    const std::string text = cue_script_text(session.plan, session.script);
    CHECK_THAT(text, Catch::StartsWith("  0:00.0  #0 lead-in"));
    CHECK_THAT(text, Catch::Contains("[phase-start]"));
    CHECK_THAT(text, Catch::Contains("safety        7  Stop if it hurts.\n"));
    const double hold_start = session.plan.phases[0].planned_seconds;
    char halfway[64];
    std::snprintf(halfway, sizeof halfway, "%3d:%02d.0  #1 hold",
                  static_cast<int>(hold_start + 15) / 60, static_cast<int>(hold_start + 15) % 60);
    CHECK_THAT(
        text, Catch::Contains(std::string(halfway) + "                count         5  [halfway]"));
    CHECK_THAT(text, Catch::EndsWith(
                         "#2 end                 announcement  6  Well done. Session complete.\n"));
}

TEST_CASE("every built-in routine at every level: items apart at their estimated lengths, phases "
          "never shortened, every exercise named and its first stop condition said once",
          "[coach][routines]")
{
    const RoutineFile catalogue =
        test::load_routine_file(test::kShippedRoutines / "catalogue.json");
    for (const test::ShippedRoutine& r : test::shipped_routines(catalogue)) {
        const Routine& routine = *r.file.routine;
        const SessionPlan planned = build_plan(routine, r.lookup);
        for (GuidanceLevel level : guidance_levels()) {
            INFO(r.path.filename() << " at " << guidance_name(level));
            CoachOptions options;
            options.level = level;
            const CoachedSession session = coach_session(planned, routine, r.lookup, options);
            check_apart(session.plan, session.script);
            CHECK(session.plan.total_seconds() >= planned.total_seconds());
            if (level != GuidanceLevel::full)
                continue;
            for (std::size_t i = 0; i < session.plan.phases.size(); ++i) {
                const Phase& phase = session.plan.phases[i];
                if (phase.kind != PhaseKind::lead_in)
                    continue;
                const Exercise* exercise = r.lookup(phase.exercise_id);
                REQUIRE(exercise);
                const std::vector<std::string> words = said(session.script.phases[i]);
                INFO(exercise->id);
                std::size_t first = 0; // the first lead-in says check first, before you start
                if (i == 0)
                    for (const auto* lines : {&routine.check_first, &routine.before_you_start})
                        for (const std::string& line : *lines) {
                            REQUIRE(first < words.size());
                            CHECK(words[first++] == line);
                        }
                REQUIRE(first < words.size());
                CHECK(words[first] == exercise->name + ".");
                if (!exercise->cautions.empty()) // said for the side the lead-in leads into
                    CHECK(words.back() == side_text(exercise->cautions.front(), phase.side));
                std::size_t cautions = 0;
                for (std::size_t k = i; k < session.plan.phases.size() &&
                                        session.plan.phases[k].step_index == phase.step_index;
                     ++k)
                    for (const CueItem& item : session.script.phases[k].items)
                        cautions += item.category == CueCategory::safety;
                CHECK(cautions == (exercise->cautions.empty() ? 0 : 1));
            }
        }
    }
}

// ---- placement ----

namespace {

CueRequest request(CueCategory category, double seconds, std::vector<CueWindow> windows = {},
                   int chain = -1)
{
    CueRequest r;
    r.item.category = category;
    r.item.text = std::string(category_name(category)) + " " + std::to_string(seconds);
    r.item.seconds = seconds;
    r.windows = std::move(windows);
    r.chain = chain;
    return r;
}

CueRequest tick(double at)
{
    CueRequest r;
    r.item = CueItem{at, 0.06, CueCategory::countdown, {}, CueSound::tick};
    r.windows = {{at, at}};
    return r;
}

} // namespace

TEST_CASE("placement: the more important first, a less important one moves to the next free "
          "gap, or is dropped, never shortened",
          "[coach][placement]")
{
    const std::vector<CueRequest> asked = {
        request(CueCategory::form, 3.0, {{0, 10}}),
        request(CueCategory::count, 1.0, {{1, 1}}),
        tick(7),
        request(CueCategory::breathing, 6.0, {{0, 10}}),
    };
    const Placement placed = place_cues(asked, 10, GuidanceLevel::full);
    REQUIRE(placed.items.size() == 3); // the 6 s breathing line fits nowhere
    CHECK(placed.items[0].category == CueCategory::count);
    CHECK(placed.items[0].at == 1);
    CHECK(placed.items[1].category == CueCategory::form);
    CHECK(placed.items[1].at == Approx(2.0 + kSpeechGapSeconds)); // after the count
    CHECK(placed.items[1].seconds == 3.0);
    CHECK(placed.items[2].sound == CueSound::tick);
    CHECK(placed.items[2].at == 7);
}

TEST_CASE("placement: a chain keeps its order, a line that needs the one before is dropped with "
          "it, a must-fit line that is dropped says so",
          "[coach][placement]")
{
    std::vector<CueRequest> asked = {request(CueCategory::instruction, 2.0, {}, 0),
                                     request(CueCategory::instruction, 9.0, {}, 0),
                                     request(CueCategory::instruction, 1.0, {}, 0)};
    asked[2].needs_previous = true;
    Placement placed = place_cues(asked, 10, GuidanceLevel::full);
    REQUIRE(placed.items.size() == 1);
    CHECK(placed.items[0].seconds == 2.0);
    CHECK_FALSE(placed.dropped_must_fit);

    asked[2].needs_previous = false;
    asked[1].must_fit = true;
    placed = place_cues(asked, 10, GuidanceLevel::full);
    REQUIRE(placed.items.size() == 2);
    CHECK(placed.items[1].at == Approx(2.0 + kSpeechGapSeconds));
    CHECK(placed.dropped_must_fit);
    // ... but not when the level would not say it anyway.
    CHECK_FALSE(place_cues(asked, 10, GuidanceLevel::names_and_counts).dropped_must_fit);
}

TEST_CASE("placement: what the level says is placed before what it does not", "[coach][placement]")
{
    const std::vector<CueRequest> asked = {request(CueCategory::instruction, 4.0, {{0, 10}}),
                                           request(CueCategory::safety, 4.0, {{0, 10}}),
                                           request(CueCategory::announcement, 4.0, {{0, 10}})};
    const Placement placed = place_cues(asked, 10, GuidanceLevel::names_and_counts);
    REQUIRE(placed.items.size() == 2);
    CHECK(placed.items[0].category == CueCategory::safety);
    CHECK(placed.items[1].category == CueCategory::announcement);
}

// ---- lengths ----

TEST_CASE("speech lengths grow with the text and its numbers, and shrink with the rate",
          "[coach][speech]")
{
    const SpeechPace normal;
    CHECK(speech_seconds("", normal) == 0);
    CHECK(speech_seconds("Rest.", normal) < speech_seconds("Rest and breathe slowly.", normal));
    CHECK(speech_seconds("Hold for 45 seconds.", normal) >
          speech_seconds("Hold for ab seconds.", normal));
    // Code points, not bytes: umlauts cost what other letters do.
    CHECK(speech_seconds("Schultern", normal) == speech_seconds("Schültern", normal));
    const SpeechPace fast{static_cast<double>(words_per_minute(1.0))};
    const SpeechPace slow{static_cast<double>(words_per_minute(-1.0))};
    const std::string line = "Let your chest sink toward the mat, and breathe.";
    CHECK(speech_seconds(line, fast) < speech_seconds(line, normal));
    CHECK(speech_seconds(line, slow) > speech_seconds(line, normal));
    // espeak-ng says it in 3.13 s at 165 words a minute: the estimate is longer, not by much.
    CHECK(speech_seconds(line, normal) > 3.13);
    CHECK(speech_seconds(line, normal) < 3.13 * 1.3);
    CHECK(words_per_minute(-1) == 120);
    CHECK(words_per_minute(0) == 165);
    CHECK(words_per_minute(1) == 250);
}

TEST_CASE("phrases: %1 and %2 are filled, lists read as speech", "[coach]")
{
    CHECK(fill("Set %1 of %2 next.", {"2", "3"}) == "Set 2 of 3 next.");
    CHECK(fill("100%% %1", {"sure"}) == "100% sure");
    CHECK(fill("%3 stays", {"a"}) == "%3 stays");
    const CuePhrases phrases;
    CHECK(spoken_list(phrases, {"a"}) == "a");
    CHECK(spoken_list(phrases, {"a", "b", "c"}) == "a, b and c");
    CHECK(equipment_name(phrases, "foam-roller") == "foam roller");
    CHECK(equipment_name(phrases, "yoga-block") == "yoga block");
}
