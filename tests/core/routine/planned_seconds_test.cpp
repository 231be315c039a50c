// planned_seconds is build_plan(...).total_seconds() without the phases: it must agree to the bit
// on every shipped routine and on every combination of step settings.
#include "core/routine/routine_library.h"
#include "core/routine/session_plan.h"
#include "routine_test_support.h"
#include "support/step_builder.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

std::vector<RoutineSource> shipped_sources()
{
    std::vector<RoutineSource> sources;
    for (const fs::path& path :
         files_with_extension(fs::path(UNKNOT_SOURCE_DIR) / "routines", ".json"))
        sources.push_back({path.filename().string(), read_bytes(path)});
    return sources;
}

Exercise exercise_with(const std::string& id, Sides sides)
{
    Exercise exercise;
    exercise.id = id;
    exercise.name = id;
    exercise.instructions = {"Go."};
    exercise.sides = sides;
    return exercise;
}

} // namespace

TEST_CASE("planned seconds equal the plan's total for every shipped routine", "[plan]")
{
    const RoutineLibrary library = RoutineLibrary::load(shipped_sources(), {});
    REQUIRE(library.routines().size() >= 6);
    for (const LibraryRoutine& entry : library.routines()) {
        INFO(entry.routine.id);
        const double total = build_plan(entry.routine, library.lookup()).total_seconds();
        CHECK(planned_seconds(entry.routine, library.lookup()) == total);
        CHECK(entry.estimated_seconds == total);
    }
}

TEST_CASE("planned seconds equal the plan's total for every kind of step", "[plan]")
{
    const std::vector<Exercise> exercises{exercise_with("none", Sides::none),
                                          exercise_with("each", Sides::each),
                                          exercise_with("alternate", Sides::alternate)};
    const ExerciseLookup lookup = [&](std::string_view id) -> const Exercise* {
        for (const Exercise& exercise : exercises) {
            if (exercise.id == id)
                return &exercise;
        }
        return nullptr;
    };
    int checked = 0;
    for (const int lead_in : {0, 7}) {
        for (const char* id : {"none", "each", "alternate", "unknown"}) {
            for (const StepKind kind : {StepKind::hold, StepKind::reps}) {
                for (const std::optional<double> tempo : {std::optional<double>{}, {0.7}, {2.5}}) {
                    for (const int sets : {1, 3}) {
                        for (const int rest : {0, 11}) {
                            Routine routine;
                            routine.lead_in_seconds = lead_in;
                            const Step step =
                                (kind == StepKind::hold ? test::hold_step(id, 33)
                                                        : test::reps_step(id, 9).tempo(tempo))
                                    .sets(sets, rest)
                                    .rest_after(rest + 1);
                            routine.steps = {step, test::timed_step(61).rest_after(rest),
                                             test::rest_step(17), step};
                            CHECK(planned_seconds(routine, lookup) ==
                                  build_plan(routine, lookup).total_seconds());
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    CHECK(checked == 2 * 4 * 2 * 3 * 2 * 2);
}
