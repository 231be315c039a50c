#include "core/base/problem.h"

#include "core/base/utf8.h"

namespace unknot {

namespace {

std::string unescaped_line(const Problem& problem)
{
    const std::string& file = problem.file;
    if (problem.line > 0)
        return file + ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column) +
               ": " + problem.message;
    if (!problem.pointer.empty())
        return file + ": " + problem.pointer + ": " + problem.message;
    return file + ": " + problem.message;
}

} // namespace

std::string Problem::to_string() const
{
    return escape_control_characters(unescaped_line(*this));
}

} // namespace unknot
