// Every shipped routine plays to the end with a fake clock.
#include "core/session/coach.h"
#include "core/session/session_engine.h"
#include "session_fixture.h"
#include "shipped_routines.h"

#include <catch2/catch.hpp>

#include <set>

using namespace unknot;

namespace {

// Plays with a timer set to next_due and Done pressed when a self-paced estimate is up; checks
// that every phase starts where the plan says and every item of the script fires once.
void play_to_the_end(const CoachedSession& session)
{
    const SessionPlan& plan = session.plan;
    SessionEngine engine(plan, session.script);
    const TimePoint origin = test::at(0);
    Events log = engine.start(origin);
    Duration expected_start{};
    std::size_t started = 0, cues = 0;
    TimePoint phase_start = origin;
    while (!engine.finished()) {
        const std::optional<TimePoint> due = engine.next_due();
        const Phase* phase = engine.current_phase();
        Events events = due ? engine.advance(*due)
                            : engine.done(phase_start + to_duration(phase->planned_seconds));
        REQUIRE_FALSE(events.empty());
        for (const Event& e : events)
            if (e.kind == EventKind::phase_started)
                phase_start = e.at;
        test::append(log, events);
    }
    for (const Event& e : log) {
        if (e.kind == EventKind::phase_started) {
            CHECK(e.phase == static_cast<int>(started));
            CHECK(e.at == origin + expected_start);
            expected_start += to_duration(plan.phases[started++].planned_seconds);
        }
        cues += e.kind == EventKind::cue_due ? 1 : 0;
        CHECK((e.kind != EventKind::phase_finished || e.outcome == PhaseOutcome::done));
    }
    std::size_t scheduled = session.script.completed.size();
    for (const PhaseScript& phase : session.script.phases)
        scheduled += phase.items.size();
    CHECK(started == plan.phases.size());
    CHECK(cues == scheduled);
    const std::vector<Event> ends = test::only(log, EventKind::session_finished);
    REQUIRE(ends.size() == 1);
    CHECK(ends.back().session_outcome == SessionOutcome::completed);
    CHECK(ends.back().at == origin + to_duration(plan.total_seconds()));
}

} // namespace

TEST_CASE("every shipped routine plays to the end", "[session_engine][routines]")
{
    const RoutineFile catalogue =
        test::load_routine_file(test::kShippedRoutines / "catalogue.json");
    const std::vector<test::ShippedRoutine> routines = test::shipped_routines(catalogue);
    REQUIRE(routines.size() >= 3);
    for (const test::ShippedRoutine& r : routines) {
        INFO(r.path.filename());
        REQUIRE(r.file.routine);
        const SessionPlan plan = build_plan(*r.file.routine, r.lookup);
        std::set<int> steps;
        for (const Phase& p : plan.phases)
            steps.insert(p.step_index);
        CHECK(steps.size() == r.file.routine->steps.size()); // no step was dropped
        play_to_the_end(coach_session(plan, *r.file.routine, r.lookup, {}));
    }
}
