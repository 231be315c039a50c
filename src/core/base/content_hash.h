// A small content hash for routine snapshots: FNV-1a, 64 bits, as 16 lowercase hex digits.
// It tells whether two sessions played the same routine content; it is not a security measure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace unknot {

std::uint64_t fnv1a64(std::string_view bytes);
std::string fnv1a64_hex(std::string_view bytes);

} // namespace unknot
