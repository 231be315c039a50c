// The command line's parse: every mode, every error, the exit codes of the modes that only print.
// No display and no QCoreApplication: the print-only modes run without either.
#include "app/command_line.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace unknot::cli {
namespace {

Mode parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("unknot"));
    return parse_command_line(arguments);
}

// The usage error's message; fails the test when the parse gave a mode instead.
QString error_of(const QStringList& arguments)
{
    const Mode mode = parse(arguments);
    const auto* error = std::get_if<UsageError>(&mode);
    INFO(arguments.join(' ').toStdString());
    REQUIRE(error);
    return error->message;
}

} // namespace

TEST_CASE("cli: no mode option opens the window, with its options")
{
    CHECK(parse({}) == Mode{Window{}});
    CHECK(parse({"--data-dir", "/d", "--time-scale", "2.5", "--palette", "dark"}) ==
          Mode{Window{.data_dir = "/d", .time_scale = 2.5, .palette = "dark"}});
    CHECK(parse({"--palette=light"}) == Mode{Window{.palette = "light"}});
    CHECK(parse({"--background", "--data-dir", "/d"}) ==
          Mode{Window{.data_dir = "/d", .background = true}});
}

TEST_CASE("cli: --play opens the window on a routine")
{
    CHECK(parse({"--play", "everyday-ten"}) == Mode{Play{.routine_id = "everyday-ten"}});
    CHECK(parse({"--data-dir", "/d", "--play", "x", "--time-scale", "100"}) ==
          Mode{Play{.window = {.data_dir = "/d", .time_scale = 100}, .routine_id = "x"}});
}

TEST_CASE("cli: the print and file modes")
{
    CHECK(parse({"--list"}) == Mode{List{}});
    CHECK(parse({"--list", "--json", "--data-dir", "/d"}) ==
          Mode{List{.data_dir = "/d", .json = true}});
    CHECK(parse({"--validate", "a.json", "b c.json"}) ==
          Mode{Validate{.files = {"a.json", "b c.json"}}});
    CHECK(parse({"--data-dir", "/d", "--validate", "a.json"}) ==
          Mode{Validate{.files = {"a.json"}}});
    CHECK(parse({"--export-history", "-"}) == Mode{ExportHistory{.output = "-"}});
    CHECK(parse({"--data-dir", "/d", "--export-history", "out.csv"}) ==
          Mode{ExportHistory{.data_dir = "/d", .output = "out.csv"}});
    CHECK(parse({"--print-routine", "everyday-ten", "ten.pdf"}) ==
          Mode{PrintRoutine{.routine_id = "everyday-ten", .output = "ten.pdf"}});
    CHECK(parse({"ten.pdf", "--data-dir", "/d", "--print-routine", "x"}) ==
          Mode{PrintRoutine{.data_dir = "/d", .routine_id = "x", .output = "ten.pdf"}});
    CHECK(parse({"--render-figures", "out"}) == Mode{RenderFigures{.output_dir = "out"}});
    CHECK(parse({"--cue-script", "everyday-ten"}) == Mode{CueScript{.routine_id = "everyday-ten"}});
    CHECK(parse({"--data-dir", "/d", "--cue-script", "x", "--guidance", "names-and-counts"}) ==
          Mode{CueScript{.data_dir = "/d", .routine_id = "x", .guidance = "names-and-counts"}});
}

TEST_CASE("cli: --help and --version win over everything else and print to standard output")
{
    for (const QStringList& arguments :
         {QStringList{"--help"}, QStringList{"-h"}, QStringList{"--list", "--help"}}) {
        const Mode mode = parse(arguments);
        REQUIRE(std::holds_alternative<Help>(mode));
        std::ostringstream out;
        CHECK(print_help(std::get<Help>(mode), out) == 0);
        CHECK_THAT(out.str(), Catch::StartsWith("Usage: unknot [options] [FILE...]\n"));
        for (const char* option : {"--validate", "--list", "--json", "--data-dir", "--play",
                                   "--time-scale", "--export-history", "--render-figures",
                                   "--print-routine", "--cue-script", "--guidance"})
            CHECK_THAT(out.str(), Catch::Contains(option));
        CHECK_THAT(out.str(), !Catch::Contains("--palette")); // for screenshots and tests only
    }
    const Mode mode = parse({"--version"});
    REQUIRE(std::holds_alternative<Version>(mode));
    std::ostringstream out;
    CHECK(print_version(std::get<Version>(mode), out) == 0);
    CHECK_THAT(out.str(), Catch::StartsWith("unknot "));
}

TEST_CASE("cli: a mode's missing or wrong values are usage errors")
{
    CHECK(error_of({"--validate"}) == "--validate needs at least one FILE");
    CHECK(error_of({"--play", ""}) == "--play needs a routine ID");
    CHECK(error_of({"--export-history", ""}) ==
          "--export-history needs a FILE, or - for standard output");
    CHECK(error_of({"--render-figures", ""}) == "--render-figures needs a folder");
    CHECK(error_of({"--print-routine", "x"}) ==
          "--print-routine needs a routine ID and one OUT.pdf");
    CHECK(error_of({"--print-routine", "x", "a.pdf", "b.pdf"}) ==
          "--print-routine needs a routine ID and one OUT.pdf");
    CHECK(error_of({"--print-routine", "", "a.pdf"}) ==
          "--print-routine needs a routine ID and one OUT.pdf");
    for (const char* scale : {"0", "101", "fast", "nan", "0.5"})
        CHECK(error_of({"--time-scale", scale}) ==
              QStringLiteral("--time-scale needs a number from 1 to 100, got '%1'").arg(scale));
    CHECK(error_of({"--play", "x", "--time-scale", "200"}) ==
          "--time-scale needs a number from 1 to 100, got '200'");
    CHECK(error_of({"--palette", "blue"}) == "--palette needs dark or light, got 'blue'");
    CHECK(error_of({"--cue-script", ""}) == "--cue-script needs a routine ID");
    CHECK(error_of({"--cue-script", "x", "--guidance", "loud"}) ==
          "--guidance needs full, names-and-counts, sounds-only or silent, got 'loud'");
    CHECK(error_of({"--list", "--guidance", "full"}) == "--guidance goes with --cue-script");
}

TEST_CASE("cli: Qt's parse errors are usage errors")
{
    CHECK(error_of({"--no-such-option"}) == "Unknown option 'no-such-option'.");
    CHECK(error_of({"--play"}) == "Missing value after '--play'.");
    CHECK(error_of({"--list=yes"}) == "Unexpected value after '--list'.");
}

TEST_CASE("cli: arguments no mode takes are usage errors")
{
    for (const QStringList& arguments :
         {QStringList{"stray"}, QStringList{"--play", "x", "stray"}, QStringList{"--list", "stray"},
          QStringList{"--export-history", "-", "stray"},
          QStringList{"--render-figures", "out", "stray"},
          QStringList{"--cue-script", "x", "stray"}})
        CHECK(error_of(arguments) == "unexpected argument 'stray'");
}

TEST_CASE("cli: two modes at once are a usage error")
{
    CHECK(error_of({"--list", "--validate", "a.json"}) ==
          "--validate and --list cannot be used together");
    CHECK(error_of({"--play", "x", "--export-history", "-"}) ==
          "--play and --export-history cannot be used together");
    CHECK(error_of({"--render-figures", "d", "--print-routine", "x", "a.pdf"}) ==
          "--render-figures and --print-routine cannot be used together");
}

TEST_CASE("cli: an option given to a mode it does not go with is a usage error")
{
    CHECK(error_of({"--json"}) == "--json goes with --list");
    CHECK(error_of({"--validate", "a.json", "--json"}) == "--json goes with --list");
    CHECK(error_of({"--list", "--time-scale", "2"}) ==
          "--time-scale goes with the window or --play");
    CHECK(error_of({"--export-history", "-", "--palette", "dark"}) ==
          "--palette goes with the window or --play");
    CHECK(error_of({"--play", "everyday-ten", "--background"}) ==
          "--background goes with the window only");
}

TEST_CASE("cli: a usage error goes to standard error with a hint, exit code 2")
{
    std::ostringstream err;
    CHECK(print_usage_error(UsageError{"--render-figures needs a folder"}, err) == 2);
    CHECK(err.str() == "unknot: --render-figures needs a folder\nTry 'unknot --help'.\n");
}

TEST_CASE("cli: arguments in the local encoding arrive whole")
{
    char program[] = "unknot";
    char option[] = "--validate";
    char file[] = "R\xc3\xbc"
                  "cken.json";
    char* argv[] = {program, option, file};
    CHECK(parse_command_line(3, argv) == Mode{Validate{.files = {"R\xc3\xbc"
                                                                 "cken.json"}}});
}

} // namespace unknot::cli
