// A temporary folder for one test (CTest runs tests in parallel, so each gets its own), removed
// with everything in it; and whole-file reads and writes. No Catch2 and no Qt: the benchmarks use
// it too.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace unknot::test {

class TempDir {
public:
    // Under /tmp (or $TMPDIR), or under `parent`; the name starts with `prefix`.
    explicit TempDir(const std::string& prefix = "unknot-test",
                     const std::filesystem::path& parent = std::filesystem::temp_directory_path())
    {
        std::string pattern = (parent / (prefix + "-XXXXXX")).string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("cannot make a temporary folder like " + pattern);
        path_ = pattern;
    }
    ~TempDir()
    {
        std::error_code ec; // a test may have made it read-only
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes a file into the folder; returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const;

private:
    std::filesystem::path path_;
};

inline std::string read_bytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush())
        throw std::runtime_error("cannot write " + path.string());
}

inline std::filesystem::path TempDir::write(const std::string& name, const std::string& bytes) const
{
    write_bytes(path_ / name, bytes);
    return path_ / name;
}

} // namespace unknot::test
