#include "core/platform/autostart.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdlib.h>
#include <string>
#include <vector>

using namespace unknot;
using unknot::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file)
{
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What a desktop reads back from an entry's Exec line: the string escapes first, then the Exec
// quoting (Desktop Entry spec, "Exec key").
std::vector<std::string> read_exec(const std::string& entry)
{
    const auto start = entry.find("\nExec=");
    REQUIRE(start != std::string::npos);
    const std::string raw = entry.substr(start + 6, entry.find('\n', start + 1) - start - 6);
    std::string value;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            value += raw[i];
            continue;
        }
        REQUIRE(i + 1 < raw.size());
        const char c = raw[++i];
        value += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == 's' ? ' ' : c;
        REQUIRE(std::string("\\ntrs").find(c) != std::string::npos); // no other escapes exist
    }
    std::vector<std::string> arguments(1);
    bool quoted = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted && c == '\\')
            arguments.back() += value.at(++i);
        else if (!quoted && c == ' ')
            arguments.emplace_back();
        else if (c == '%')
            arguments.back() += value.at(++i); // %% is a percent sign; no field codes here
        else
            arguments.back() += c;
    }
    REQUIRE_FALSE(quoted);
    return arguments;
}

} // namespace

TEST_CASE("the Exec line gives back every argument, whatever characters a path holds",
          "[autostart]")
{
    const std::vector<std::string> paths{
        "/home/a/plain",      "/home/a/with space",     "/home/a/$HOME and `cmd`",
        "/home/a/\"quoted\"", "/home/a/back\\slash",    "/home/a/it's ~#&;|<>*?()",
        "/home/a/100% sure",  "/home/a/Grüße ünï 日本", "/home/a/line\nbreak\ttab"};
    for (const std::string& path : paths) {
        INFO(path);
        const std::vector<std::string> arguments{"/opt/un knot/unknot", "--data-dir", path,
                                                 "--background"};
        const std::string entry = autostart_entry("App", "Does things", arguments, "io.x.App");
        CHECK(read_exec(entry) == arguments);
        const auto exec_line = entry.substr(entry.find("\nExec="));
        CHECK(exec_line.find('\n', 1) == exec_line.find("\nIcon=")); // one line
    }
    CHECK(exec_argument("/usr/bin/unknot") == "/usr/bin/unknot");
    CHECK(exec_argument("a b") == "\"a b\"");
    CHECK(exec_argument("a\"$`\\b") == "\"a\\\"\\$\\`\\\\b\"");
    CHECK(entry_value(exec_argument("a\\b")) == "\"a\\\\\\\\b\""); // two levels: 4 backslashes
}

TEST_CASE("the autostart entry goes into XDG_CONFIG_HOME, else ~/.config", "[autostart]")
{
    CHECK(autostart_file("a.b.C", "/cfg", "/home/x") == fs::path("/cfg/autostart/a.b.C.desktop"));
    CHECK(autostart_file("a.b.C", nullptr, "/home/x") ==
          fs::path("/home/x/.config/autostart/a.b.C.desktop"));
    CHECK(autostart_file("a.b.C", "relative/cfg", "/home/x") ==
          fs::path("/home/x/.config/autostart/a.b.C.desktop")); // the spec ignores relative paths
    CHECK(autostart_file("a.b.C", nullptr, nullptr).empty());
}

TEST_CASE("open at login writes the entry and removes it again", "[autostart]")
{
    TempDir dir;
    const fs::path file = autostart_file("io.example.App", dir.path().c_str(), "/nowhere");
    CHECK_FALSE(autostart_enabled(file));
    const std::string entry = autostart_entry("App", "Does things", {"app"}, "io.example.App");
    CHECK_FALSE(set_autostart(file, true, entry)); // the folder is made
    CHECK(autostart_enabled(file));
    CHECK(read(file) == entry);
    CHECK(entry.find("Exec=app\n") != std::string::npos);
    CHECK(entry.rfind("[Desktop Entry]\n", 0) == 0);
    CHECK_FALSE(set_autostart(file, false, entry));
    CHECK_FALSE(fs::exists(file));
    CHECK_FALSE(set_autostart(file, false, entry)); // removing what is not there is fine
}

TEST_CASE("an entry switched off by the desktop counts as off", "[autostart]")
{
    TempDir dir;
    const fs::path file = autostart_file("io.example.App", dir.path().c_str(), nullptr);
    REQUIRE_FALSE(set_autostart(file, true, "[Desktop Entry]\nHidden=true\n"));
    CHECK_FALSE(autostart_enabled(file));
}

TEST_CASE("an autostart folder that cannot be made is reported", "[autostart]")
{
    TempDir dir;
    std::ofstream(dir.path() / "autostart") << "a file where the folder should be";
    const fs::path file = autostart_file("io.example.App", dir.path().c_str(), nullptr);
    const auto error = set_autostart(file, true, "[Desktop Entry]\n");
    REQUIRE(error);
    CHECK(error->find("autostart") != std::string::npos);
    CHECK_FALSE(set_autostart(fs::path(), false, "").value_or("").empty());
}
