#include "core/base/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unknot {

namespace fs = std::filesystem;

namespace {

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

fs::path folder_of(const fs::path& path)
{
    return path.parent_path().empty() ? fs::path(".") : path.parent_path();
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

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target))
{
    if (target_.filename().empty()) {
        reason_ = "it names a folder, not a file";
        return;
    }
    std::string name = target_.filename().string(); // built step by step: GCC 12 warns on "." + s
    name.insert(0, 1, '.');
    name += ".tmp-XXXXXX";
    std::string temporary = (folder_of(target_) / name).string();
    fd_ = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd_ < 0)
        fail(errno);
    else
        temporary_ = temporary;
}

AtomicFile::~AtomicFile()
{
    if (fd_ >= 0)
        ::close(fd_);
    if (!temporary_.empty())
        ::unlink(temporary_.c_str());
}

bool AtomicFile::fail(int error)
{
    reason_ = std::strerror(error);
    return false;
}

bool AtomicFile::write(std::string_view bytes)
{
    if (fd_ < 0)
        return false;
    return write_all(fd_, bytes) || fail(errno);
}

bool AtomicFile::commit()
{
    if (fd_ < 0)
        return false;
    int error = 0;
    // fsync flushes the file, whichever descriptor wrote it (ours, or a printer's by name).
    if (::fchmod(fd_, mode_for(target_)) != 0 || ::fsync(fd_) != 0)
        error = errno;
    if (::close(fd_) != 0 && error == 0)
        error = errno;
    fd_ = -1;
    if (error == 0 && ::rename(temporary_.c_str(), target_.c_str()) != 0)
        error = errno;
    if (error != 0)
        return fail(error); // the destructor removes the temporary
    temporary_.clear();
    sync_folder(folder_of(target_));
    return true;
}

std::optional<std::string> write_file_atomically(const fs::path& path, std::string_view bytes)
{
    AtomicFile file(path);
    if (file.write(bytes) && file.commit())
        return std::nullopt;
    return "Cannot write \"" + path.string() + "\": " + file.reason();
}

} // namespace unknot
