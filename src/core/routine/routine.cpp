#include "core/routine/routine.h"

namespace unknot {

std::vector<Instruction> untied(const std::vector<std::string>& texts)
{
    return {texts.begin(), texts.end()};
}

std::vector<std::string> texts_of(const std::vector<Instruction>& instructions)
{
    std::vector<std::string> texts;
    texts.reserve(instructions.size());
    for (const Instruction& instruction : instructions)
        texts.push_back(instruction.text);
    return texts;
}

} // namespace unknot
