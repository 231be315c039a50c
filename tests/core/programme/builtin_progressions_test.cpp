// The built-in routines' progressions (issue 16): each starts lower than the routine plays and
// ends at exactly what it plays, so a programme never asks for more than the source notes' dose;
// the roll-out grows towards 30 reps.
#include "../session/shipped_routines.h"
#include "core/programme/dose.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("the built-in progressions start lower and end at the dose each routine plays",
          "[programme]")
{
    const RoutineFile catalogue =
        test::load_routine_file(test::kShippedRoutines / "catalogue.json");
    int progressions = 0;
    for (const test::ShippedRoutine& r : test::shipped_routines(catalogue)) {
        for (const Step& step : r.file.routine->steps) {
            if (!step.progression)
                continue;
            ++progressions;
            INFO(r.path.filename() << ": " << step.exercise);
            const int levels = dose_levels(step);
            CHECK(levels > 1);
            CHECK(dose_at(step, levels - 1) == written_dose(step));
            const Dose start = dose_at(step, 0);
            const Dose played = written_dose(step);
            CHECK(start.sets <= played.sets);
            CHECK(start.hold_seconds <= played.hold_seconds);
            CHECK(start.reps <= played.reps);
            if (step.exercise == "foam-roller-arm-lift") {
                CHECK(start.reps * start.sets == 5);
                CHECK(played.reps * played.sets == 30); // the roll-out towards 30 reps
            }
        }
    }
    CHECK(progressions >= 7);
}
