// The one safe write (core/base/atomic_write.h): the old file stays whole when a write fails.
#include "core/base/atomic_write.h"
#include "support/file_size_limit.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sys/stat.h>

using namespace unknot;
using namespace unknot::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

unsigned mode_of(const fs::path& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("a write that fails half way (a full disk) leaves the old file whole", "[atomic_write]")
{
    const TempDir dir;
    const fs::path notes = dir.write("notes.csv", "the old notes, every line of them\n");
    std::optional<std::string> failure;
    {
        const FileSizeLimit full(64);
        failure = write_file_atomically(notes, std::string(10000, 'x'));
    }
    REQUIRE(failure);
    CHECK(*failure == "Cannot write \"" + notes.string() + "\": File too large");
    CHECK(read_bytes(notes) == "the old notes, every line of them\n");
    CHECK(names_in(dir.path()) == std::vector<std::string>{"notes.csv"}); // no temporary left
}

TEST_CASE("a rename that fails leaves the target as it was", "[atomic_write]")
{
    const TempDir dir;
    fs::create_directory(dir / "taken");
    dir.write("taken/inside.txt", "kept");
    const auto failure = write_file_atomically(dir / "taken", "new");
    REQUIRE(failure);
    CHECK(failure->ends_with(": Is a directory"));
    CHECK(read_bytes(dir / "taken" / "inside.txt") == "kept");
    CHECK(names_in(dir.path()) == std::vector<std::string>{"taken"});
}

TEST_CASE("an AtomicFile replaces nothing until it is committed", "[atomic_write]")
{
    const TempDir dir;
    const fs::path routine = dir.write("mine.json", "old");
    {
        AtomicFile file(routine);
        REQUIRE(file.write("new, "));
        REQUIRE(file.write("in two pieces"));
        CHECK(read_bytes(routine) == "old");
        CHECK(read_bytes(file.temporary()) == "new, in two pieces");
    } // dropped without a commit
    CHECK(read_bytes(routine) == "old");
    CHECK(names_in(dir.path()) == std::vector<std::string>{"mine.json"});

    AtomicFile file(routine);
    REQUIRE(file.write("new"));
    REQUIRE(file.commit());
    CHECK(read_bytes(routine) == "new");
    CHECK(names_in(dir.path()) == std::vector<std::string>{"mine.json"});
}

TEST_CASE("a writer that opens the temporary by name is committed the same way", "[atomic_write]")
{
    const TempDir dir;
    const fs::path pdf = dir.write("handout.pdf", "old");
    fs::permissions(pdf, static_cast<fs::perms>(0640));
    AtomicFile file(pdf);
    std::ofstream(file.temporary(), std::ios::binary | std::ios::trunc) << "%PDF-1.4 ... %%EOF";
    REQUIRE(file.commit());
    CHECK(read_bytes(pdf) == "%PDF-1.4 ... %%EOF");
    CHECK(mode_of(pdf) == 0640); // a replaced file keeps its mode
    CHECK(names_in(dir.path()) == std::vector<std::string>{"handout.pdf"});
}

TEST_CASE("a temporary that cannot be made is reported at every step", "[atomic_write]")
{
    const TempDir dir;
    AtomicFile file(dir / "no-such-folder" / "x.json");
    CHECK(file.temporary().empty());
    CHECK(file.reason() == "No such file or directory");
    CHECK_FALSE(file.write("x"));
    CHECK_FALSE(file.commit());
    CHECK(names_in(dir.path()).empty());
}
