// Four simulated weeks as a person would live them: each session's doses are derived from the log
// the sessions before it wrote, played by the engine on a fake clock and recorded by the recorder
// into a real history file; a "this hurts" stop, a pain jump and a flare-up day among them.
#include "core/history/history_store.h"
#include "core/programme/dose.h"
#include "core/programme/flare_up.h"
#include "core/programme/programme_format.h"
#include "core/programme/programme_weeks.h"
#include "core/routine/session_plan.h"
#include "core/session/session_engine.h"
#include "core/session/session_recorder.h"
#include "programme_test_support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace unknot;
using namespace unknot::test;

namespace {

struct Day {
    int week;       // from 0
    int day;        // from 0 (Monday)
    int before;     // pain before
    int after;      // pain after
    bool hurt_hold; // "this hurts" during the wall angel's hold
    bool flare_up;  // the gentle version
};

struct Played {
    local_days day{};
    int hold = 0; // the wall angel's seconds
    int reps = 0; // the roll-out's reps
};

Exercise exercise(std::string id, Sides sides = Sides::none)
{
    Exercise e;
    e.id = id;
    e.name = id;
    e.instructions = {"Move."};
    e.sides = sides;
    return e;
}

Routine routine()
{
    Routine r;
    r.id = "mid-back";
    r.title = "Mid-back";
    r.lead_in_seconds = 5;
    Step hold;
    hold.kind = StepKind::hold;
    hold.exercise = "wall-angel";
    hold.hold_seconds = 30;
    hold.progression = Progression{DoseRange{20, 45, 5}, std::nullopt, std::nullopt};
    Step reps;
    reps.kind = StepKind::reps;
    reps.exercise = "roll-out";
    reps.reps = 10;
    reps.tempo = 2;
    reps.progression = Progression{std::nullopt, DoseRange{10, 30, 5}, std::nullopt};
    r.steps = {hold, reps};
    return r;
}

class Simulation {
public:
    Simulation() : store_(open()) {}

    Played play(const Day& d)
    {
        const local_days today = kStart + days{7 * d.week + d.day};
        const auto log = store_->all_sessions({.with_steps = true});
        REQUIRE(log.ok());
        Routine dosed = apply_doses(routine_, derive_doses(routine_, programme_, log.value, today));
        if (d.flare_up)
            dosed = gentle_version(std::move(dosed));
        const SessionPlan plan = build_plan(dosed, lookup());
        record(plan, d, today);
        return {today, dosed.steps[0].hold_seconds, dosed.steps[1].reps};
    }

    std::vector<SessionRecord> log() const
    {
        return store_->all_sessions({.with_steps = true}).value;
    }
    const Programme& programme() const { return programme_; }
    const Routine& definition() const { return routine_; }
    HistoryStore& store() { return *store_; }

    // For looking at the run with the real app (scripts/four_weeks.sh): the history file and the
    // programme file in `folder`, a data folder for `unknot --data-dir`.
    void keep_in(const std::filesystem::path& folder)
    {
        namespace fs = std::filesystem;
        fs::create_directories(folder);
        for (const char* name : {"history.sqlite3", "history.sqlite3-wal"})
            if (fs::exists(dir_ / name))
                fs::copy_file(dir_ / name, folder / name, fs::copy_options::overwrite_existing);
        REQUIRE_FALSE(save_programme(folder / kProgrammeFileName, programme_));
    }

private:
    static std::unique_ptr<HistoryStore> open(const TempDir& dir)
    {
        auto opened = HistoryStore::open(dir / "history.sqlite3");
        REQUIRE(opened.store);
        return std::move(opened.store);
    }
    std::unique_ptr<HistoryStore> open() { return open(dir_); }

    ExerciseLookup lookup() const
    {
        return [this](std::string_view id) -> const Exercise* {
            for (const Exercise& e : exercises_)
                if (e.id == id)
                    return &e;
            return nullptr;
        };
    }

    void record(const SessionPlan& plan, const Day& d, local_days today)
    {
        SessionRecorder recorder(store_.get());
        const sys_seconds wall = sys_days{today.time_since_epoch()} + hours{17}; // 18:00 local
        REQUIRE(recorder.begin_session({.routine_id = routine_.id,
                                        .routine_title = routine_.title,
                                        .snapshot = "{}",
                                        .started_at = wall,
                                        .utc_offset_minutes = 60,
                                        .pain_before = d.before,
                                        .flare_up = d.flare_up}));
        SessionEngine engine(plan);
        TimePoint now = TimePoint{} + hours{1};
        const WallClockAnchor anchor{now, wall};
        recorder.on_events(engine.start(now), plan, anchor);
        while (!engine.finished()) {
            const Phase* phase = engine.current_phase();
            if (d.hurt_hold && phase && phase->kind == PhaseKind::hold) {
                recorder.on_events(engine.hurts(now + std::chrono::seconds{3}), plan, anchor);
                continue;
            }
            const auto next = engine.next_due();
            REQUIRE(next);
            now = *next;
            recorder.on_events(engine.advance(now), plan, anchor);
        }
        REQUIRE(recorder.save_summary(d.after, ""));
    }

    TempDir dir_;
    std::unique_ptr<HistoryStore> store_;
    Programme programme_ = programme_of({"mid-back"});
    Routine routine_ = routine();
    std::vector<Exercise> exercises_{exercise("wall-angel"), exercise("roll-out")};
};

} // namespace

TEST_CASE(
    "four weeks: up after good weeks, back after 'this hurts' or a pain jump, flare-ups left out")
{
    Simulation sim;
    const std::vector<Day> plan{
        {0, 0, 4, 3, false, false}, {0, 2, 3, 3, false, false}, {0, 4, 3, 2, false, false},
        {1, 0, 3, 2, false, false}, {1, 2, 3, 3, true, false},  {1, 4, 7, 6, false, true},
        {2, 0, 3, 2, false, false}, {2, 2, 2, 2, false, false}, {2, 4, 2, 1, false, false},
        {3, 0, 2, 4, false, false}, {3, 2, 2, 2, false, false}, {3, 4, 2, 1, false, false},
    };
    std::vector<std::pair<int, int>> doses; // the wall angel's hold, the roll-out's reps
    std::vector<local_days> check_ins;
    for (const Day& d : plan) {
        const Played played = sim.play(d);
        doses.emplace_back(played.hold, played.reps);
        const auto answered = sim.store().check_ins();
        if (check_in_due(sim.programme(), answered.value, played.day)) {
            check_ins.push_back(played.day);
            CHECK(sim.store()
                      .add_check_in(
                          {.id = 0,
                           .programme_start = sim.programme().start,
                           .week = check_in_week(sim.programme()),
                           .answer = CheckInAnswer::better,
                           .answered_at = sys_days{played.day.time_since_epoch()} + hours{18},
                           .utc_offset_minutes = 60})
                      .value);
        }
    }
    CHECK(doses ==
          std::vector<std::pair<int, int>>{{20, 10},
                                           {20, 10},
                                           {20, 10}, // week 1: the starting doses
                                           {25, 15},
                                           {25, 15}, // week 2: both up; "this hurts" on the hold
                                           {10, 7},  // flare-up: the gentle version of 20 s, 15
                                           {20, 20},
                                           {20, 20},
                                           {20, 20}, // week 3: the hold waits, the reps go up
                                           {25, 25}, // week 4: both up; pain 2 -> 4
                                           {20, 20},
                                           {20, 20}});              //   both one level back at once
    CHECK(check_ins == std::vector<local_days>{kStart + days{18}}); // week 3's Friday, once

    // What the log holds is what was played: the targets of the steps done.
    const auto log = sim.log();
    REQUIRE(log.size() == plan.size());
    CHECK(log[5].flare_up);
    CHECK(log[3].steps[0].target_seconds == 25);
    CHECK(log[4].steps[0].outcome == StepOutcome::stopped_for_pain);
    CHECK(log[6].steps.back().target_reps == 20);

    // How the doses are explained on the days in between.
    const auto on = [&](int week, int day) {
        return derive_doses(sim.definition(), sim.programme(), log, kStart + days{7 * week + day});
    };
    CHECK(on(1, 3)[0].reason == DoseReason::down_hurt);
    CHECK(on(1, 3)[0].previous == Dose{25, 0, 1});
    CHECK(on(1, 3)[1].reason == DoseReason::up); // this week's change comes first
    CHECK(on(1, 3)[1].good_in_a_row == 2);
    CHECK(on(2, 1)[0].reason == DoseReason::building);
    CHECK(on(2, 1)[1].reason == DoseReason::up);
    CHECK(on(3, 1)[0].reason == DoseReason::down_pain);
    CHECK(on(3, 1)[0].day == kStart + days{21});
    CHECK(dose_changes(sim.definition(), sim.programme(), log, kStart + days{27}).size() == 8);
    if (const char* keep = std::getenv("UNKNOT_FOUR_WEEKS_DIR"))
        sim.keep_in(keep);
}
