// A full disk, for one test: while a FileSizeLimit lives, no file this process writes can grow
// past `bytes`; a write beyond fails with EFBIG ("File too large"). Unlike a read-only folder it
// also stops root, who ignores permissions.
#pragma once

#include <csignal>
#include <stdexcept>
#include <sys/resource.h>

namespace unknot::test {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        if (::getrlimit(RLIMIT_FSIZE, &old_) != 0)
            throw std::runtime_error("getrlimit(RLIMIT_FSIZE) failed");
        rlimit limit = old_;
        limit.rlim_cur = bytes;
        old_signal_ = std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of killing us
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            throw std::runtime_error("setrlimit(RLIMIT_FSIZE) failed");
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &old_);
        std::signal(SIGXFSZ, old_signal_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit old_{};
    void (*old_signal_)(int) = SIG_DFL;
};

} // namespace unknot::test
