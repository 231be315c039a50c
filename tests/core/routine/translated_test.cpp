// What a person sees: the texts in their language with the original as the fallback, field by
// field, and side choices rendered for the side being done.
#include "core/routine/routine_format.h"
#include "core/routine/session_plan.h"
#include "core/routine/translated.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

RoutineFile format_2_fixture()
{
    const ParseResult result = parse_routine_file(read_bytes(kGoodFixtures / "format-2.json"), "f");
    REQUIRE(result.file);
    return *result.file;
}

} // namespace

TEST_CASE("core: an exercise in German takes each translated field, the English elsewhere",
          "[translated]")
{
    const Exercise original = format_2_fixture().exercises.at(0);
    const Exercise de = translated(original, "de");
    CHECK(de.name == "Drehung in Seitenlage");
    CHECK(de.summary == original.summary); // not translated: the original
    CHECK(de.setup.at(0) == "Leg dich auf die {linke|rechte} Seite, die Knie gebeugt.");
    REQUIRE(de.instructions.size() == 2);
    CHECK(de.instructions[0].text == "Heb den {rechten|linken} Arm und öffne ihn nach hinten.");
    CHECK(de.instructions[0].pose == "open"); // the pose ties are the original's
    CHECK(de.cues == original.cues);
    CHECK(de.cautions == original.cautions);
    CHECK(de.variations.at(0).name == "Kleiner");
    CHECK(de.figure == original.figure);
    CHECK(de.id == original.id);

    const Exercise fr = translated(original, "fr");
    CHECK(fr.name == original.name);
    CHECK(fr.summary == "Allongé sur le côté, tourne la poitrine vers l'arrière.");
    CHECK(translated(original, "") == original);
    CHECK(translated(original, "it") == original);
}

TEST_CASE("core: a translated list of another length than the original's is not used",
          "[translated]")
{
    Exercise e;
    e.instructions = {"Lift.", "Lower."};
    e.cues = {"Slowly."};
    e.translations["de"].instructions = {"Heben."};
    e.translations["de"].cues = {"Langsam.", "Ruhig."};
    const Exercise de = translated(e, "de");
    CHECK(de.instructions == e.instructions);
    CHECK(de.cues == e.cues);
}

TEST_CASE("core: a routine in German takes its translated tiers, lists and step texts",
          "[translated]")
{
    const Routine original = *format_2_fixture().routine;
    const Routine de = translated(original, "de");
    CHECK(de.red_flags.emergency ==
          std::vector<std::string>{"Brustschmerz: Ruf sofort den Notruf 112 an."});
    CHECK(de.red_flags.doctor_soon == original.red_flags.doctor_soon);
    CHECK(de.check_first == std::vector<std::string>{"Bei Osteoporose frag vorher nach."});
    CHECK(de.before_you_start == original.before_you_start);
    CHECK(de.steps.at(0).note == "Du spürst es in der {linken|rechten} Seite.");
    CHECK(de.steps.at(1).title == "Wärme");
    CHECK(de.steps.at(1).seconds == original.steps.at(1).seconds);
    CHECK(de.steps.at(2) == original.steps.at(2));
}

TEST_CASE("core: for_side renders every side choice, and no side shows the left one",
          "[translated]")
{
    const RoutineFile file = format_2_fixture();
    const Exercise none = for_side(file.exercises.at(0), Side::none);
    CHECK(none.setup.at(0) == "Lie on your left side, knees bent.");
    CHECK(none.instructions.at(0).text == "Lift your right arm and open it behind you.");
    CHECK(none.instructions.at(0).pose == "open");
    CHECK(none.cautions.at(0) == "Stop if your left shoulder hurts.");
    CHECK(none.variations.at(0).description == "Open your right arm only halfway.");
    const Exercise right = for_side(file.exercises.at(0), Side::right);
    CHECK(right.setup.at(0) == "Lie on your right side, knees bent.");
    CHECK(for_side(*file.routine, Side::none).steps.at(0).note == "Feel it in your left side.");
}

TEST_CASE("core: the session plan says the side each phase is done on, in the chosen language",
          "[translated]")
{
    const RoutineFile file = format_2_fixture();
    const Exercise exercise = translated(file.exercises.at(0), "de");
    const SessionPlan plan = build_plan(translated(*file.routine, "de"),
                                        [&exercise](std::string_view) { return &exercise; });
    std::vector<std::string> texts;
    for (const Phase& phase : plan.phases) {
        CHECK(phase.instruction.find('{') == std::string::npos);
        if (phase.step_index == 0)
            texts.push_back(phase.instruction);
    }
    CHECK(texts == std::vector<std::string>{
                       "Leg dich auf die linke Seite, die Knie gebeugt.", // lead-in: left first
                       "Du spürst es in der linken Seite.",
                       "Du spürst es in der rechten Seite.", // switching sides
                       "Du spürst es in der rechten Seite.",
                   });
    CHECK(plan.phases.at(0).title == "Drehung in Seitenlage");
}
