// Every shipped routine plays to the end with a fake clock.
#include "core/routine/routine_format.h"
#include "core/session/coach.h"
#include "core/session/session_engine.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace unknot;
namespace fs = std::filesystem;

namespace {

const fs::path kRoutines = fs::path(UNKNOT_SOURCE_DIR) / "routines";

RoutineFile load(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ParseResult result = parse_routine_file(bytes.str(), path.filename().string());
    INFO(path << ": " << (result.problems.empty() ? "" : result.problems.front().message));
    REQUIRE(result.file);
    return *result.file;
}

std::vector<fs::path> shipped_routines()
{
    std::vector<fs::path> paths;
    for (const fs::directory_entry& entry : fs::directory_iterator(kRoutines))
        if (entry.path().extension() == ".json" && entry.path().filename() != "catalogue.json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    return paths;
}

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
    const RoutineFile catalogue = load(kRoutines / "catalogue.json");
    const std::vector<fs::path> paths = shipped_routines();
    REQUIRE(paths.size() >= 3);
    for (const fs::path& path : paths) {
        INFO(path.filename());
        const RoutineFile file = load(path);
        REQUIRE(file.routine);
        const ExerciseLookup lookup = [&](std::string_view id) -> const Exercise* {
            for (const auto* list : {&file.exercises, &catalogue.exercises})
                for (const Exercise& e : *list)
                    if (e.id == id)
                        return &e;
            return nullptr;
        };
        const SessionPlan plan = build_plan(*file.routine, lookup);
        std::set<int> steps;
        for (const Phase& p : plan.phases)
            steps.insert(p.step_index);
        CHECK(steps.size() == file.routine->steps.size()); // no step was dropped
        play_to_the_end(coach_session(plan, *file.routine, lookup, {}));
    }
}
