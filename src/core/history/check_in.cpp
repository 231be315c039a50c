#include "core/history/check_in.h"

namespace unknot {

using namespace std::chrono;

std::string_view to_string(CheckInAnswer answer)
{
    switch (answer) {
    case CheckInAnswer::better:
        return "better";
    case CheckInAnswer::worse:
        return "worse";
    case CheckInAnswer::same:
        break;
    }
    return "same";
}

std::optional<CheckInAnswer> check_in_answer_from(std::string_view text)
{
    for (CheckInAnswer answer : {CheckInAnswer::better, CheckInAnswer::same, CheckInAnswer::worse})
        if (to_string(answer) == text)
            return answer;
    return std::nullopt;
}

} // namespace unknot
