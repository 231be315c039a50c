#include "core/history/history_types.h"

#include <array>
#include <utility>

namespace unknot {

namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<SessionStatus, 4> kStatusNames{{{SessionStatus::in_progress, "in_progress"},
                                                {SessionStatus::completed, "completed"},
                                                {SessionStatus::stopped, "stopped"},
                                                {SessionStatus::interrupted, "interrupted"}}};
constexpr Names<StepOutcome, 4> kOutcomeNames{{{StepOutcome::done, "done"},
                                               {StepOutcome::skipped, "skipped"},
                                               {StepOutcome::stopped_for_pain, "stopped_for_pain"},
                                               {StepOutcome::stopped, "stopped"}}};
constexpr Names<StepSide, 4> kSideNames{{{StepSide::none, "none"},
                                         {StepSide::left, "left"},
                                         {StepSide::right, "right"},
                                         {StepSide::alternating, "alternating"}}};
constexpr Names<StepKind, 4> kKindNames{{{StepKind::hold, "hold"},
                                         {StepKind::reps, "reps"},
                                         {StepKind::timed, "timed"},
                                         {StepKind::rest, "rest"}}};

constexpr Names<HurtChoice, 3> kHurtChoiceNames{{{HurtChoice::easier, "easier"},
                                                 {HurtChoice::skip, "skip"},
                                                 {HurtChoice::end_session, "end_session"}}};

template <typename E, std::size_t N> std::string_view name_of(const Names<E, N>& names, E value)
{
    for (const auto& [e, name] : names) {
        if (e == value)
            return name;
    }
    return "?";
}

template <typename E, std::size_t N>
std::optional<E> value_of(const Names<E, N>& names, std::string_view text)
{
    for (const auto& [e, name] : names) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(SessionStatus status)
{
    return name_of(kStatusNames, status);
}

std::string_view to_string(StepOutcome outcome)
{
    return name_of(kOutcomeNames, outcome);
}

std::string_view to_string(StepSide side)
{
    return name_of(kSideNames, side);
}

std::string_view step_kind_to_db(StepKind kind)
{
    return name_of(kKindNames, kind);
}

std::optional<SessionStatus> session_status_from(std::string_view text)
{
    return value_of(kStatusNames, text);
}

std::string_view to_string(HurtChoice choice)
{
    return name_of(kHurtChoiceNames, choice);
}

std::optional<HurtChoice> hurt_choice_from(std::string_view text)
{
    return value_of(kHurtChoiceNames, text);
}

std::optional<StepOutcome> step_outcome_from(std::string_view text)
{
    return value_of(kOutcomeNames, text);
}

std::optional<StepSide> step_side_from(std::string_view text)
{
    return value_of(kSideNames, text);
}

std::optional<StepKind> step_kind_from_db(std::string_view text)
{
    return value_of(kKindNames, text);
}

} // namespace unknot
