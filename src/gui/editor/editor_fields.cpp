#include "gui/editor/editor_fields.h"

#include "gui/text.h"

#include <QCoreApplication>

#include <type_traits>

namespace unknot::gui {
namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

// Templates so that one accessor serves both reading (const) and writing.
template <class R> auto& routine_int(R& routine, RoutineField field)
{
    return field == RoutineField::weekly_target ? routine.weekly_target : routine.lead_in_seconds;
}

template <class R> auto& routine_text(R& routine, RoutineField field)
{
    switch (field) {
    case RoutineField::summary:
        return routine.summary;
    case RoutineField::credit:
        return routine.credit;
    default:
        return routine.title;
    }
}

template <class R> auto& routine_list(R& routine, RoutineField field)
{
    switch (field) {
    case RoutineField::notes:
        return routine.notes;
    case RoutineField::professional:
        return routine.red_flags.professional;
    default:
        return routine.focus;
    }
}

template <class S> auto* step_int(S& step, StepField field)
{
    using Int = std::remove_reference_t<decltype((step.reps))>;
    switch (field) {
    case StepField::hold:
        return &step.hold_seconds;
    case StepField::reps:
        return &step.reps;
    case StepField::sets:
        return &step.sets;
    case StepField::rest_between_sets:
        return &step.rest_between_sets;
    case StepField::rest_after:
        return &step.rest_after;
    case StepField::seconds:
        return &step.seconds;
    default:
        return static_cast<Int*>(nullptr);
    }
}

template <class S> auto* step_text(S& step, StepField field)
{
    using Text = std::remove_reference_t<decltype((step.note))>;
    switch (field) {
    case StepField::exercise:
        return &step.exercise;
    case StepField::title:
        return &step.title;
    case StepField::note:
        return &step.note;
    default:
        return static_cast<Text*>(nullptr);
    }
}

QString seconds_text(int seconds)
{
    return tr("%1 s").arg(seconds);
}

} // namespace

FieldValue routine_value(const Routine& routine, RoutineField field)
{
    switch (field) {
    case RoutineField::weekly_target:
    case RoutineField::lead_in:
        return routine_int(routine, field);
    case RoutineField::focus:
    case RoutineField::notes:
    case RoutineField::professional:
        return routine_list(routine, field);
    default:
        return routine_text(routine, field);
    }
}

void set_routine_value(Routine& routine, RoutineField field, const FieldValue& value)
{
    if (const int* number = std::get_if<int>(&value))
        routine_int(routine, field) = *number;
    else if (const auto* text = std::get_if<std::string>(&value))
        routine_text(routine, field) = *text;
    else if (const auto* list = std::get_if<std::vector<std::string>>(&value))
        routine_list(routine, field) = *list;
}

FieldValue step_value(const Step& step, StepField field)
{
    if (field == StepField::kind)
        return step.kind;
    if (field == StepField::tempo)
        return step.tempo;
    if (const int* number = step_int(step, field))
        return *number;
    return *step_text(step, field);
}

void set_step_value(Step& step, StepField field, const FieldValue& value)
{
    if (const auto* kind = std::get_if<StepKind>(&value))
        step.kind = *kind;
    else if (const auto* tempo = std::get_if<std::optional<double>>(&value))
        step.tempo = *tempo;
    else if (const int* number = std::get_if<int>(&value); number && step_int(step, field))
        *step_int(step, field) = *number;
    else if (const auto* text = std::get_if<std::string>(&value); text && step_text(step, field))
        *step_text(step, field) = *text;
}

std::string routine_field_key(RoutineField field, int format)
{
    if (field == RoutineField::professional)
        return format < 2 ? "see_a_professional" : "red_flags/professional";
    static const char* const keys[] = {"title",   "summary", "focus", "weekly_target",
                                       "lead_in", "notes",   "",      "credit"};
    return keys[static_cast<int>(field)];
}

std::string step_field_key(StepField field, StepKind kind)
{
    if (field == StepField::seconds && kind == StepKind::rest)
        return "rest";
    if (field == StepField::title)
        return "timed";
    static const char* const keys[] = {
        "",           "exercise", "hold",    "reps", "tempo", "sets", "rest_between_sets",
        "rest_after", "timed",    "seconds", "note"};
    return keys[static_cast<int>(field)];
}

QString routine_change_text(RoutineField field, const FieldValue& value)
{
    switch (field) {
    case RoutineField::title:
        return tr("Change title");
    case RoutineField::summary:
        return tr("Change summary");
    case RoutineField::focus:
        return tr("Change focus");
    case RoutineField::weekly_target:
        return tr("Change weekly target to %1").arg(std::get<int>(value));
    case RoutineField::lead_in:
        return tr("Change lead-in to %1").arg(seconds_text(std::get<int>(value)));
    case RoutineField::notes:
        return tr("Change notes");
    case RoutineField::professional:
        return tr("Change when to see a professional");
    case RoutineField::credit:
        return tr("Change credit");
    }
    return {};
}

QString step_change_text(StepField field, const FieldValue& value)
{
    switch (field) {
    case StepField::kind:
        return tr("Change step to %1").arg(step_kind_name(std::get<StepKind>(value)));
    case StepField::exercise:
        return tr("Change exercise to %1").arg(qs(std::get<std::string>(value)));
    case StepField::hold:
        return tr("Change hold to %1").arg(seconds_text(std::get<int>(value)));
    case StepField::reps:
        return tr("Change reps to %1").arg(std::get<int>(value));
    case StepField::tempo: {
        const auto tempo = std::get<std::optional<double>>(value);
        return tempo ? tr("Change tempo to %1 s").arg(*tempo) : tr("Remove tempo");
    }
    case StepField::sets:
        return tr("Change sets to %1").arg(std::get<int>(value));
    case StepField::rest_between_sets:
        return tr("Change rest between sets to %1").arg(seconds_text(std::get<int>(value)));
    case StepField::rest_after:
        return tr("Change rest after to %1").arg(seconds_text(std::get<int>(value)));
    case StepField::title:
        return tr("Change activity");
    case StepField::seconds:
        return tr("Change duration to %1").arg(seconds_text(std::get<int>(value)));
    case StepField::note:
        return tr("Change note");
    }
    return {};
}

QString step_kind_name(StepKind kind)
{
    switch (kind) {
    case StepKind::hold:
        return tr("hold");
    case StepKind::reps:
        return tr("reps");
    case StepKind::timed:
        return tr("timed activity");
    case StepKind::rest:
        return tr("rest");
    }
    return {};
}

} // namespace unknot::gui
