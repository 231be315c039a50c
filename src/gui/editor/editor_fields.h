// The editable fields of a routine and of a step, their values, and how a change reads.
#pragma once

#include "core/routine/routine.h"

#include <QString>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace unknot::gui {

enum class RoutineField {
    title,
    summary,
    focus,
    weekly_target,
    lead_in,
    notes,
    professional, // red_flags.professional
    credit
};

enum class StepField {
    kind,
    exercise,
    hold,
    reps,
    tempo,
    sets,
    rest_between_sets,
    rest_after,
    title,
    seconds,
    note
};

// One field's value: a count of seconds or reps, text, a list of texts, a tempo or a kind.
using FieldValue =
    std::variant<int, std::string, std::vector<std::string>, std::optional<double>, StepKind>;

FieldValue routine_value(const Routine& routine, RoutineField field);
void set_routine_value(Routine& routine, RoutineField field, const FieldValue& value);
FieldValue step_value(const Step& step, StepField field);
void set_step_value(Step& step, StepField field, const FieldValue& value);

// The key a problem's JSON pointer names for this field ("lead_in"; for a rest step's seconds,
// "rest"; the professional tier by the file's format); empty for the kind, which has no key.
std::string routine_field_key(RoutineField field, int format);
std::string step_field_key(StepField field, StepKind kind);

// Undo texts: "Change title", "Change lead-in to 15 s", "Change hold to 45 s", "Remove tempo".
QString routine_change_text(RoutineField field, const FieldValue& value);
QString step_change_text(StepField field, const FieldValue& value);

QString step_kind_name(StepKind kind); // "hold", "reps", "timed activity", "rest"

} // namespace unknot::gui
