#include "core/base/file_read.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unknot {

namespace {

// What a path is when it is not a regular file, as a person would say it.
std::string not_regular(mode_t mode)
{
    if (S_ISDIR(mode))
        return "is a folder, not a file";
    if (S_ISFIFO(mode))
        return "is a named pipe, not a regular file";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "is a device, not a regular file";
    if (S_ISSOCK(mode))
        return "is a socket, not a regular file";
    return "is not a regular file";
}

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

FileRead failed(std::string error)
{
    FileRead result;
    result.error = std::move(error);
    return result;
}

// Reads up to max_bytes + 1, so that a file that grew past the limit is noticed.
FileRead read_bounded(int fd, std::uintmax_t size, std::size_t max_bytes)
{
    FileRead result;
    result.size = size;
    if (size > max_bytes) {
        result.too_large = true;
        result.error = "file is larger than " + std::to_string(max_bytes) + " bytes";
        return result;
    }
    result.bytes.resize(static_cast<std::size_t>(size) + 1);
    std::size_t got = 0;
    while (got < result.bytes.size()) {
        const ssize_t n = ::read(fd, result.bytes.data() + got, result.bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(std::string("cannot read the file: ") + std::strerror(errno));
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
        if (got == result.bytes.size() && got <= max_bytes) // grew since fstat: read on
            result.bytes.resize(std::min(result.bytes.size() * 2, max_bytes + 1));
    }
    result.bytes.resize(got);
    result.size = std::max<std::uintmax_t>(size, got);
    if (got > max_bytes) {
        result.bytes.clear();
        result.too_large = true;
        result.error = "file is larger than " + std::to_string(max_bytes) + " bytes";
    }
    return result;
}

} // namespace

FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes)
{
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return failed(std::string("cannot read the file: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return failed(std::string("cannot read the file: ") + std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        return failed(not_regular(info.st_mode));
    return read_bounded(fd.get(), static_cast<std::uintmax_t>(info.st_size), max_bytes);
}

} // namespace unknot
