#include "core/platform/process_identity.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/types.h>
#include <unistd.h>

namespace unknot {

namespace {

std::string read_boot_id()
{
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(in, id);
    return id;
}

struct ProcessStat {
    char state = '?';
    std::int64_t start_time = 0; // 0 when unknown
};

// Fields 3 and 22 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses.
ProcessStat read_stat(std::int64_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    std::getline(in, stat);
    const auto end_of_name = stat.rfind(')');
    if (end_of_name == std::string::npos)
        return {};
    std::istringstream fields(stat.substr(end_of_name + 1));
    ProcessStat result;
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i == 3)
            result.state = field.front();
        if (i == 22)
            std::from_chars(field.data(), field.data() + field.size(), result.start_time);
    }
    return result;
}

} // namespace

OwnerId owner_of_pid(std::int64_t pid)
{
    return OwnerId{read_boot_id(), pid, read_stat(pid).start_time};
}

OwnerId current_owner()
{
    return owner_of_pid(static_cast<std::int64_t>(::getpid()));
}

bool owner_alive(const OwnerId& owner)
{
    const std::string boot = read_boot_id();
    if (!boot.empty() && !owner.boot_id.empty() && boot != owner.boot_id)
        return false;
    if (owner.pid <= 0)
        return true;
    if (::kill(static_cast<pid_t>(owner.pid), 0) != 0 && errno == ESRCH)
        return false;
    const ProcessStat stat = read_stat(owner.pid);
    if (stat.state == 'Z' || stat.state == 'X') // exited, not yet reaped
        return false;
    return owner.start_time == 0 || stat.start_time == 0 || stat.start_time == owner.start_time;
}

} // namespace unknot
