#include "core/base/atomic_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unknot {

namespace fs = std::filesystem;

namespace {

std::string failure(const fs::path& path, int error)
{
    return "Cannot write \"" + path.string() + "\": " + std::strerror(error);
}

bool write_all(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

mode_t mode_for(const fs::path& path)
{
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
        return existing.st_mode & 07777;
    return 0600;
}

void sync_folder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // the rename survives a power cut; a failure here loses nothing
        ::close(fd);
    }
}

} // namespace

std::optional<std::string> write_file_atomically(const fs::path& path, std::string_view bytes)
{
    if (path.filename().empty())
        return "Cannot write \"" + path.string() + "\": it names a folder, not a file";
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::string name = path.filename().string(); // built step by step: GCC 12 warns on "." + s
    name.insert(0, 1, '.');
    name += ".tmp-XXXXXX";
    std::string temp = (folder / name).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(path, errno);
    int error = 0;
    if (::fchmod(fd, mode_for(path)) != 0 || !write_all(fd, bytes) || ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temp.c_str());
        return failure(path, error);
    }
    sync_folder(folder);
    return std::nullopt;
}

} // namespace unknot
