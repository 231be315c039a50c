// The "figure" key of an exercise: what is read, the exact problems with their JSON pointers,
// and writing it back.
#include "../routine/routine_test_support.h"
#include "core/routine/routine_format.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

using Lines = std::vector<std::string>;

// A file with one exercise whose figure is the JSON text `figure`.
std::string with_figure(const std::string& figure)
{
    return R"({"format": 1, "exercises": [{"id": "cat-camel", "name": "Cat-camel",
               "summary": "S", "instructions": ["Kneel."], "figure": )" +
           figure + "}]}";
}

Lines problems_of(const std::string& figure)
{
    return problem_lines(parse_routine_file(with_figure(figure), "f.json").problems);
}

const std::string kPoses = R"("poses": [{"name": "a", "at": 0}])";

} // namespace

TEST_CASE("a figure file reads every figure key", "[figure][format]")
{
    const ParseResult result = parse_routine_file(read_bytes(kGoodFixtures / "figure.json"), "f");
    REQUIRE(problem_lines(result.problems).empty());
    REQUIRE(result.file->exercises.size() == 2);
    const Figure& figure = *result.file->exercises[0].figure;
    CHECK(figure.view == FigureView::three_quarter);
    CHECK(figure.seconds == 6.5);
    CHECK(figure.keep_moving);
    CHECK(figure.hold == "rolled-out");
    CHECK(figure.start == "start");
    REQUIRE(figure.props.size() == 5);
    CHECK(figure.props[1].under == "forearms");
    CHECK(figure.props[3].y == 1.2);
    CHECK(figure.props[4].between == std::vector<std::string>{"hands", "feet"});
    REQUIRE(figure.poses.size() == 4);
    CHECK(figure.poses[0].ground == std::vector<std::string>{"knees", "forearms"});
    CHECK(figure.poses[0].x == 0.25);
    CHECK(figure.poses[1].stay == 0.1);
    CHECK(figure.poses[2].like == "rolled-out");
    CHECK(figure.poses[2].angles.at("reach") == -12.5);
    CHECK(figure.poses[3].angles.empty());
    const Figure& front = *result.file->exercises[1].figure;
    CHECK(front.view == FigureView::front);
    CHECK(front.seconds == kDefaultRepSeconds);
    CHECK_FALSE(front.keep_moving);
    CHECK_FALSE(result.file->exercises[1].figure->poses[0].x);
}

TEST_CASE("a figure is written back with whole numbers as integers and defaults left out",
          "[figure][format][write]")
{
    Exercise exercise;
    exercise.id = "tilt";
    exercise.name = "Tilt";
    exercise.summary = "S";
    exercise.instructions = {"Sit."};
    Figure figure;
    KeyPose pose;
    pose.name = "tilt";
    pose.angles = {{"neck-tilt", 35.0}, {"hip", 85.5}};
    figure.poses = {pose};
    exercise.figure = figure;
    RoutineFile file;
    file.exercises = {exercise};
    const std::string written = write_routine_file(file);
    CHECK(written.find(R"("figure": {
        "poses": [)") != std::string::npos);
    CHECK(written.find(R"("neck-tilt": 35,)") != std::string::npos); // not 35.0, and in the
    CHECK(written.find(R"("hip": 85.5)") != std::string::npos);      // documented order
    CHECK(written.find("view") == std::string::npos);
    CHECK(written.find("seconds") == std::string::npos);
    CHECK(written.find("keep_moving") == std::string::npos);
    const ParseResult again = parse_routine_file(written, "w");
    REQUIRE(again.file);
    CHECK(*again.file == file);
}

TEST_CASE("figure problems name the key and say what is wrong", "[figure][validation]")
{
    CHECK(problems_of("[]") ==
          Lines{"f.json: /exercises/0/figure: must be an object, got an array"});
    CHECK(problems_of("{}") ==
          Lines{"f.json: /exercises/0/figure: missing required key \"poses\""});
    CHECK(problems_of(R"({"poses": []})") ==
          Lines{"f.json: /exercises/0/figure/poses: must have 1..8 items, got 0"});
    CHECK(problems_of(R"({"view": "font", )" + kPoses + "}") ==
          Lines{"f.json: /exercises/0/figure/view: unknown value \"font\"; did you mean "
                "\"front\"?"});
    CHECK(problems_of(R"({"seconds": 90, )" + kPoses + "}") ==
          Lines{"f.json: /exercises/0/figure/seconds: must be 1..60 seconds, got 90"});
    CHECK(problems_of(R"({"keep_moving": 1, )" + kPoses + "}") ==
          Lines{"f.json: /exercises/0/figure/keep_moving: must be true or false, got a number"});
    CHECK(problems_of(R"({"pose": []})") ==
          Lines{"f.json: /exercises/0/figure/pose: unknown key \"pose\"; did you mean \"poses\"?",
                "f.json: /exercises/0/figure: missing required key \"poses\""});
}

TEST_CASE("key pose problems: angles, timing, names and ground", "[figure][validation]")
{
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "angles": {"elbw": 10}}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/angles/elbw: unknown key \"elbw\"; did you "
                "mean \"elbow\"?"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "angles": {"far-knee": 170}}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/angles/far-knee: must be -10..160 degrees, "
                "got 170"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "angles": {"knee": "90"}}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/angles/knee: must be a number, got a "
                "string"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0.5}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/at: the first key pose must be at 0, got "
                "0.5"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "stay": 0.4},
                                    {"name": "b", "at": 0.3}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/1/at: must come after the previous key pose "
                "ends (0.4), got 0.3"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0}, {"name": "b", "at": 1}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/1/at: must be below 1 (the rep ends at 1), "
                "got 1"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0}, {"name": "b", "at": 0.6,
                                     "stay": 0.5}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/1/stay: must end by the end of the rep: at + "
                "stay is 1.1, at most 1"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0}, {"name": "a", "at": 0.5}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/1/name: duplicate key pose name \"a\" (first "
                "at /exercises/0/figure/poses/0)"});
    CHECK(problems_of(R"({"poses": [{"name": "Round", "at": 0}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/name: must be 1..64 characters of a-z, 0-9 "
                "and -, got \"Round\""});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "ground": ["knees", "hands",
                                     "feet"]}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/ground: must have 1..2 items, got 3"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "ground": ["kness"]}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/ground/0: unknown value \"kness\"; did you "
                "mean \"knees\"?"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "x": 4}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/x: must be -3..3 metres, got 4"});
    CHECK(problems_of(R"({"poses": [{"at": 0}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0: missing required key \"name\""});
}

TEST_CASE("like, hold and start must name key poses, like an earlier one", "[figure][validation]")
{
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0, "like": "b"},
                                    {"name": "b", "at": 0.5}]})") ==
          Lines{"f.json: /exercises/0/figure/poses/0/like: no earlier key pose named \"b\""});
    CHECK(problems_of(R"({"poses": [{"name": "round", "at": 0}], "hold": "rond"})") ==
          Lines{"f.json: /exercises/0/figure/hold: no key pose named \"rond\"; did you mean "
                "\"round\"?"});
    CHECK(problems_of(R"({"poses": [{"name": "a", "at": 0}], "start": "begin"})") ==
          Lines{"f.json: /exercises/0/figure/start: no key pose named \"begin\""});
}

TEST_CASE("props take only the keys that fit them", "[figure][validation]")
{
    auto props = [](const std::string& list) {
        return problems_of(R"({"props": )" + list + ", " + kPoses + "}");
    };
    CHECK(props(R"([{"type": "rope"}])") ==
          Lines{"f.json: /exercises/0/figure/props/0/type: must be one of mat, foam-roller, "
                "wall, tennis-ball, massage-ball, towel, chair, band; got \"rope\""});
    CHECK(props(R"([{"type": "wall", "under": "hands"}])") ==
          Lines{"f.json: /exercises/0/figure/props/0/under: \"under\" does not belong in a "
                "\"wall\" prop"});
    CHECK(props(R"([{"type": "band"}])") ==
          Lines{"f.json: /exercises/0/figure/props/0: a \"band\" prop needs \"between\": the two "
                "points that hold it"});
    CHECK(props(R"([{"type": "band", "between": ["hands"]}])") ==
          Lines{"f.json: /exercises/0/figure/props/0/between: must have 2..2 items, got 1"});
    CHECK(props(R"([{"type": "mat", "x": 1}])") ==
          Lines{"f.json: /exercises/0/figure/props/0/x: \"x\" does not belong in a \"mat\" "
                "prop"});
    CHECK(props(R"([{"type": "towel", "under": "back", "between": ["hands", "feet"]}])") ==
          Lines{"f.json: /exercises/0/figure/props/0: a prop lies \"under\" one point or is "
                "held \"between\" two, not both"});
    CHECK(props(R"([{"type": "chair", "y": 1}])") ==
          Lines{"f.json: /exercises/0/figure/props/0/y: \"y\" does not belong in a \"chair\" "
                "prop"});
    CHECK(props(R"([{"x": 1}])") ==
          Lines{"f.json: /exercises/0/figure/props/0: missing required key \"type\""});
}
