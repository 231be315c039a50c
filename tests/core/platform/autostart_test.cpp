#include "core/platform/autostart.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdlib.h>

using namespace unknot;
using unknot::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file)
{
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

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
    const std::string entry = autostart_entry("App", "Does things", "app", "io.example.App");
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
