// Who owns an in-progress session: enough to tell later whether that process is still running.
//
// A session row stores the boot id of the machine, the pid and the pid's start time (clock ticks
// since boot, from /proc). The owner is gone when the machine has rebooted since (another boot id),
// when no process has that pid, or when the pid now belongs to a younger process (pid reuse).
// The database is only ever shared by processes of one machine: WAL needs shared memory, so it
// does not work over a network file system.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace unknot {

struct OwnerId {
    std::string boot_id; // empty when unknown
    std::int64_t pid = 0;
    std::int64_t start_time = 0; // 0 when unknown
    bool operator==(const OwnerId&) const = default;
};

using OwnerProbe = std::function<bool(const OwnerId&)>; // true: the owner may still be running

OwnerId current_owner();
OwnerId owner_of_pid(std::int64_t pid); // on this boot; start_time 0 when the pid is not running
// Errs on the side of "alive": a live session must never be marked interrupted.
bool owner_alive(const OwnerId& owner);

} // namespace unknot
