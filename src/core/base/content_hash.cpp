#include "core/base/content_hash.h"

namespace unknot {

std::uint64_t fnv1a64(std::string_view bytes)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string fnv1a64_hex(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::uint64_t hash = fnv1a64(bytes);
    std::string hex(16, '0');
    for (auto it = hex.rbegin(); it != hex.rend(); ++it, hash >>= 4)
        *it = kDigits[hash & 0xf];
    return hex;
}

} // namespace unknot
