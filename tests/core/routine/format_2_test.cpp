// Format 2 in the model: the new keys are read, format 1 keeps loading as before, and the writer
// writes the lowest format the content needs.
#include "core/routine/routine_format.h"
#include "routine_test_support.h"

#include <catch2/catch.hpp>

#include <functional>

#include <nlohmann/json.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

using Lines = std::vector<std::string>;

RoutineFile load(const std::string& bytes)
{
    const ParseResult result = parse_routine_file(bytes, "f.json");
    INFO(Catch::Detail::stringify(problem_lines(result.problems)));
    REQUIRE(result.file);
    return *result.file;
}

RoutineFile format_2_fixture()
{
    return load(read_bytes(kGoodFixtures / "format-2.json"));
}

Routine minimal_routine()
{
    Routine routine;
    routine.id = "r";
    routine.title = "T";
    routine.summary = "S";
    Step rest;
    rest.kind = StepKind::rest;
    rest.seconds = 30;
    routine.steps = {rest};
    return routine;
}

Exercise minimal_exercise()
{
    Exercise exercise;
    exercise.id = "e";
    exercise.name = "E";
    exercise.summary = "S";
    exercise.instructions = {"Go."};
    return exercise;
}

int written_format(const RoutineFile& file)
{
    return nlohmann::json::parse(write_routine_file(file)).at("format").get<int>();
}

} // namespace

TEST_CASE("format 2: an exercise reads setup, tied instructions, breathing, preparation",
          "[format2]")
{
    const RoutineFile file = format_2_fixture();
    const Exercise& twist = file.exercises.at(0);
    CHECK(twist.setup == Lines{"Lie on your {left|right} side, knees bent.",
                               "Reach both arms out in front of you."});
    REQUIRE(twist.instructions.size() == 2);
    CHECK(twist.instructions[0] ==
          Instruction("Lift your {right|left} arm and open it behind you.", "open"));
    CHECK(twist.instructions[1] == Instruction("Stay here and breathe."));
    CHECK(twist.instructions[1].pose.empty());
    CHECK(twist.breathing == Lines{"Breathe out as you open."});
    CHECK(twist.cautions == Lines{"Stop if your {left|right} shoulder hurts."});
    CHECK(twist.preparation == Lines{"Have a cushion for your head."});
}

TEST_CASE("format 2: an exercise's translations keep only what they translate", "[format2]")
{
    const RoutineFile file = format_2_fixture();
    const Exercise& twist = file.exercises.at(0);
    REQUIRE(twist.translations.size() == 2);
    const ExerciseTranslation& de = twist.translations.at("de");
    CHECK(de.name == "Drehung in Seitenlage");
    CHECK(de.summary.empty());
    CHECK(de.setup.size() == 2);
    CHECK(de.instructions ==
          Lines{"Heb den {rechten|linken} Arm und öffne ihn nach hinten.", "Bleib so und atme."});
    CHECK(de.cues.empty());
    REQUIRE(de.variations.size() == 1);
    CHECK(de.variations[0].name == "Kleiner");
    CHECK(twist.translations.at("fr").summary ==
          "Allongé sur le côté, tourne la poitrine vers l'arrière.");
}

TEST_CASE("format 2: a routine reads red flag tiers, check first, before you start, source file",
          "[format2]")
{
    const Routine routine = *format_2_fixture().routine;
    CHECK(routine.red_flags.emergency == Lines{"Chest pain: call the emergency number now."});
    CHECK(routine.red_flags.doctor_soon == Lines{"Fever: see a doctor soon."});
    CHECK(routine.red_flags.professional ==
          Lines{"No better after four weeks: see a physiotherapist."});
    CHECK(routine.check_first == Lines{"If you have osteoporosis, ask first."});
    CHECK(routine.before_you_start == Lines{"Warm the heat pack now."});
    CHECK(routine.credit == "Written for the Unknot tests.");
    CHECK(routine.source_file == "000_test.txt");
    const Step& heat = routine.steps.at(1);
    CHECK(heat.kind == StepKind::timed);
    CHECK(heat.title == "Heat on the upper back");
    CHECK(heat.exercise == "test-side-lying-twist");
    const RoutineTranslation& de = routine.translations.at("de");
    CHECK(de.red_flags.emergency == Lines{"Brustschmerz: Ruf sofort den Notruf 112 an."});
    CHECK(de.red_flags.professional.empty());
    REQUIRE(de.steps.size() == 3);
    CHECK(de.steps[0].note == "Du spürst es in der {linken|rechten} Seite.");
    CHECK(de.steps[1].title == "Wärme");
    CHECK(de.steps[2] == StepTranslation{});
}

TEST_CASE("format 1: see_a_professional is read as the professional tier", "[format2]")
{
    const RoutineFile file = load(R"({"format": 1, "routine": {"id": "r", "title": "T",
        "summary": "S", "see_a_professional": ["Pain spreads down an arm."],
        "steps": [{"rest": 5}]}})");
    CHECK(file.routine->red_flags.professional == Lines{"Pain spreads down an arm."});
    CHECK(file.routine->red_flags.emergency.empty());
    CHECK(file.routine->red_flags.doctor_soon.empty());
}

TEST_CASE("the writer writes format 1 while nothing needs format 2", "[format2][write]")
{
    RoutineFile file{{minimal_exercise()}, minimal_routine()};
    file.routine->red_flags.professional = {"No better after four weeks."};
    file.exercises[0].instructions[0].text = "Stray { braces } are plain text in format 1.";
    CHECK(required_format(file) == 1);
    const std::string written = write_routine_file(file);
    CHECK(written.find("\"format\": 1") != std::string::npos);
    CHECK(written.find("\"see_a_professional\": [") != std::string::npos);
    CHECK(written.find("red_flags") == std::string::npos);
    CHECK(load(written) == file);
}

TEST_CASE("the writer writes format 2 for each thing only format 2 can say", "[format2][write]")
{
    using Change = std::function<void(RoutineFile&)>;
    const std::vector<std::pair<const char*, Change>> changes{
        {"setup", [](RoutineFile& f) { f.exercises[0].setup = {"Kneel."}; }},
        {"breathing", [](RoutineFile& f) { f.exercises[0].breathing = {"Breathe out."}; }},
        {"preparation", [](RoutineFile& f) { f.exercises[0].preparation = {"Get a towel."}; }},
        {"a tied instruction", [](RoutineFile& f) { f.exercises[0].instructions[0].pose = "p"; }},
        {"an exercise translation",
         [](RoutineFile& f) { f.exercises[0].translations["de"].name = "Ü"; }},
        {"a side choice",
         [](RoutineFile& f) { f.exercises[0].cues = {"Keep your {left|right} knee down."}; }},
        {"an emergency tier", [](RoutineFile& f) { f.routine->red_flags.emergency = {"Call."}; }},
        {"a doctor-soon tier", [](RoutineFile& f) { f.routine->red_flags.doctor_soon = {"Go."}; }},
        {"check first", [](RoutineFile& f) { f.routine->check_first = {"Osteoporosis."}; }},
        {"before you start", [](RoutineFile& f) { f.routine->before_you_start = {"Warm it."}; }},
        {"a source file", [](RoutineFile& f) { f.routine->source_file = "000.txt"; }},
        {"a routine translation",
         [](RoutineFile& f) { f.routine->translations["de"].title = "Titel"; }},
        {"a timed step with an exercise",
         [](RoutineFile& f) {
             Step heat;
             heat.kind = StepKind::timed;
             heat.title = "Heat";
             heat.seconds = 60;
             heat.exercise = "e";
             f.routine->steps.push_back(heat);
         }},
    };
    for (const auto& [name, change] : changes) {
        INFO(name);
        RoutineFile file{{minimal_exercise()}, minimal_routine()};
        CHECK(written_format(file) == 1);
        change(file);
        CHECK(required_format(file) == 2);
        CHECK(written_format(file) == 2);
    }
}

TEST_CASE("format 2 writes the red flag tiers as red_flags, never see_a_professional",
          "[format2][write]")
{
    RoutineFile file{{}, minimal_routine()};
    file.routine->red_flags = {{"Call now."}, {}, {"See a physio."}};
    const std::string written = write_routine_file(file);
    CHECK(written.find("see_a_professional") == std::string::npos);
    const auto document = nlohmann::json::parse(written);
    CHECK(document.at("routine").at("red_flags") ==
          nlohmann::json{{"emergency", {"Call now."}}, {"professional", {"See a physio."}}});
    CHECK(load(written) == file);
}

TEST_CASE("the writer keeps format 2's documented key order", "[format2][write]")
{
    const std::string written = write_routine_file(format_2_fixture());
    const auto position = [&](const char* key) { return written.find(key); };
    CHECK(position("\"setup\"") < position("\"instructions\""));
    CHECK(position("\"instructions\"") < position("\"cues\""));
    CHECK(position("\"cues\"") < position("\"breathing\""));
    CHECK(position("\"breathing\"") < position("\"cautions\""));
    CHECK(position("\"cautions\"") < position("\"preparation\""));
    CHECK(position("\"figure\"") < position("\"translations\""));
    CHECK(position("\"red_flags\"") < position("\"check_first\""));
    CHECK(position("\"check_first\"") < position("\"before_you_start\""));
    CHECK(position("\"credit\"") < position("\"source_file\""));
    CHECK(position("\"source_file\"") < position("\"steps\""));
    CHECK(written.find("{ \"text\"") == std::string::npos); // objects are written expanded
    CHECK(written.find("\"pose\": \"open\"") != std::string::npos);
}

TEST_CASE("a timed step's exercise must be known like any other step's", "[format2]")
{
    const RoutineFile file = load(R"({"format": 2, "routine": {"id": "r", "title": "T",
        "summary": "S", "steps": [{"timed": "Heat", "exercise": "heat-uper-back", "seconds": 60}]}})");
    const KnownExercises known{{"heat-upper-back", Sides::none}};
    CHECK(problem_lines(check_references(file, "f.json", known)) ==
          Lines{"f.json: /routine/steps/0/exercise: unknown exercise \"heat-uper-back\"; did you "
                "mean \"heat-upper-back\"?"});
    CHECK(check_references(file, "f.json", {{"heat-uper-back", Sides::none}}).empty());
}
