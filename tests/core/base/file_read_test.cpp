// Reading files someone else made: a regular file is read whole up to a limit; a named pipe, a
// device or a folder gets a clear error at once (a FIFO is not waited on, /dev/zero not read).
#include "core/base/file_read.h"
#include "core/json/json_guard.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>

using namespace unknot;
using test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("a regular file is read whole, up to and including the limit", "[core][file-read]")
{
    TempDir dir;
    dir.write("ten.json", "0123456789");
    const FileRead read = read_regular_file(dir.path() / "ten.json", 10);
    CHECK(read.ok());
    CHECK(read.bytes == "0123456789");
    dir.write("empty.json", "");
    CHECK(read_regular_file(dir.path() / "empty.json", 10).bytes.empty());
    CHECK(read_regular_file(dir.path() / "empty.json", 10).ok());

    const FileRead eleven = read_regular_file(dir.path() / "ten.json", 9);
    CHECK(eleven.too_large);
    CHECK(eleven.bytes.empty());
    CHECK(eleven.size == 10);
    CHECK(eleven.error == "file is larger than 9 bytes");
}

TEST_CASE("what is not a regular file is named, and nothing is read from it", "[core][file-read]")
{
    TempDir dir;
    REQUIRE(::mkfifo((dir.path() / "pipe.json").c_str(), 0600) ==
            0); // no writer: a read would wait
    fs::create_directory(dir.path() / "folder.json");
    CHECK(read_regular_file(dir.path() / "pipe.json", 1024).error ==
          "is a named pipe, not a regular file");
    CHECK(read_regular_file("/dev/zero", 1024).error == "is a device, not a regular file");
    CHECK(read_regular_file(dir.path() / "folder.json", 1024).error == "is a folder, not a file");
    fs::create_symlink("/dev/zero", dir.path() / "zero.json");
    CHECK(read_regular_file(dir.path() / "zero.json", 1024).error ==
          "is a device, not a regular file");
    CHECK(read_regular_file(dir.path() / "missing.json", 1024).error ==
          "cannot read the file: No such file or directory");
}

TEST_CASE("a JSON file over 1 MiB is refused in the words of the format", "[core][file-read]")
{
    TempDir dir;
    dir.write("big.json", std::string(kMaxJsonBytes + 1, ' '));
    CHECK(read_json_file(dir.path() / "big.json").error ==
          "file is larger than 1 MiB (1048577 bytes)");
    dir.write("max.json", std::string(kMaxJsonBytes, ' '));
    CHECK(read_json_file(dir.path() / "max.json").bytes.size() == kMaxJsonBytes);
}
