#include "core/problem.h"

namespace unknot {

std::string Problem::to_string() const
{
    if (line > 0)
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
    if (!pointer.empty())
        return file + ": " + pointer + ": " + message;
    return file + ": " + message;
}

} // namespace unknot
