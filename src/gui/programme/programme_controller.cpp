#include "gui/programme/programme_controller.h"

#include "core/programme/programme_format.h"
#include "core/programme/programme_log.h"
#include "core/programme/programme_weeks.h"
#include "gui/text.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace unknot::gui {

namespace {

QString amount_words(const Dose& dose, StepKind kind)
{
    return kind == StepKind::hold ? ProgrammeController::tr("%1 s").arg(dose.hold_seconds)
                                  : ProgrammeController::tr("%n reps", nullptr, dose.reps);
}

QString sets_words(int sets)
{
    return sets == 1 ? ProgrammeController::tr("1 set")
                     : ProgrammeController::tr("%1 sets").arg(sets);
}

// "Hold 30 s", "Hold 30 s, 2 sets", "10 reps, 3 sets".
QString dose_words(const Dose& dose, StepKind kind)
{
    const QString amount = kind == StepKind::hold
                               ? ProgrammeController::tr("Hold %1").arg(amount_words(dose, kind))
                               : amount_words(dose, kind);
    return dose.sets > 1 ? ProgrammeController::tr("%1, %2").arg(amount, sets_words(dose.sets))
                         : amount;
}

// What was different before: "25 s", "1 set", "25 s, 1 set".
QString change_words(const Dose& before, const Dose& now, StepKind kind)
{
    const bool amount_changed = amount_words(before, kind) != amount_words(now, kind);
    if (before.sets == now.sets)
        return amount_words(before, kind);
    if (!amount_changed)
        return sets_words(before.sets);
    return ProgrammeController::tr("%1, %2").arg(amount_words(before, kind),
                                                 sets_words(before.sets));
}

QString short_day(const std::optional<local_days>& day)
{
    return day ? QLocale().toString(to_qdate(*day), QStringLiteral("dddd d MMMM")) : QString();
}

} // namespace

ProgrammeController::ProgrammeController(QString data_dir, HistoryStore* store, LocalNow now,
                                         QObject* parent)
    : QObject(parent), data_dir_(std::move(data_dir)), store_(store), now_(std::move(now))
{}

std::filesystem::path ProgrammeController::file() const
{
    return QDir(data_dir_).filePath(QString::fromUtf8(kProgrammeFileName)).toStdString();
}

std::optional<Programme> ProgrammeController::programme() const
{
    return load_programme(file()).programme;
}

QString ProgrammeController::problems() const
{
    QStringList lines;
    for (const Problem& problem : load_programme(file()).problems)
        lines << qs(problem.to_string());
    return lines.join(QLatin1Char('\n'));
}

local_days ProgrammeController::today() const
{
    return std::chrono::floor<std::chrono::days>(now_());
}

std::vector<CheckIn> ProgrammeController::all_check_ins() const
{
    if (!store_)
        return {};
    auto all = store_->check_ins();
    return all.ok() ? std::move(all.value) : std::vector<CheckIn>{};
}

std::vector<SessionRecord> ProgrammeController::sessions_of(const Programme& programme) const
{
    if (!store_)
        return {};
    auto sessions = programme_sessions(*store_, programme, today());
    return sessions.ok() ? std::move(sessions.value) : std::vector<SessionRecord>{};
}

std::vector<SessionRecord> ProgrammeController::report_sessions(const Programme* programme,
                                                                local_days from,
                                                                local_days to) const
{
    if (!store_)
        return {};
    auto sessions = unknot::report_sessions(*store_, programme, from, to);
    return sessions.ok() ? std::move(sessions.value) : std::vector<SessionRecord>{};
}

QString ProgrammeController::status_text() const
{
    const std::optional<Programme> p = programme();
    if (!p)
        return {};
    const ProgrammeStatus status = programme_status(*p, sessions_of(*p), today());
    switch (status.state) {
    case ProgrammeState::not_started:
        return tr("Your programme starts on %1.").arg(short_day(p->start));
    case ProgrammeState::ended:
        return tr("Your %n-week programme has ended.", nullptr, p->weeks);
    case ProgrammeState::running:
        break;
    }
    QString text = tr("Week %1 of %2 — %3 of %n sessions done", nullptr, status.planned)
                       .arg(status.week)
                       .arg(status.weeks)
                       .arg(status.done);
    if (status.next_day)
        text += status.next_day == today() ? tr(", next: today")
                                           : tr(", next: %1")
                                                 .arg(QLocale().dayName(static_cast<int>(
                                                     weekday{*status.next_day}.iso_encoding())));
    return text;
}

std::optional<QString> ProgrammeController::start(const Programme& programme)
{
    QDir().mkpath(data_dir_);
    if (const auto error = start_programme(data_dir_.toStdString(), programme))
        return qs(*error);
    emit changed();
    return std::nullopt;
}

ProgrammeController::Dosed ProgrammeController::dosed(const Routine& routine,
                                                      const ExerciseLookup& lookup) const
{
    Dosed result{routine, {}, {}};
    const std::optional<Programme> p = programme();
    if (!p || std::find(p->routines.begin(), p->routines.end(), routine.id) == p->routines.end())
        return result;
    const std::vector<StepDose> doses = derive_doses(routine, *p, sessions_of(*p), today());
    result.routine = apply_doses(routine, doses);
    for (const StepDose& dose : doses) {
        const Step& step = routine.steps[static_cast<std::size_t>(dose.step_index)];
        const Exercise* exercise = lookup(step.exercise);
        result.explanations << dose_explanation(qs(exercise ? exercise->name : step.exercise), dose,
                                                step.kind);
        result.reasons[dose.step_index] = dose_reason(dose, step.kind);
    }
    return result;
}

bool ProgrammeController::check_in_due() const
{
    const std::optional<Programme> p = programme();
    if (!p || !store_)
        return false;
    const auto answered = store_->check_ins();
    return answered.ok() && unknot::check_in_due(*p, answered.value, today());
}

bool ProgrammeController::record_check_in(CheckInAnswer answer)
{
    const std::optional<Programme> p = programme();
    if (!p || !store_)
        return false;
    const local_seconds local = now_();
    CheckIn check_in;
    check_in.programme_start = p->start;
    check_in.week = std::max(1, programme_week(*p, today()) + 1);
    check_in.answer = answer;
    const auto utc = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    check_in.utc_offset_minutes =
        static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() -
                                                                          utc.time_since_epoch())
                             .count());
    check_in.utc_offset_minutes = std::clamp(check_in.utc_offset_minutes, -1440, 1440);
    check_in.answered_at = utc;
    const bool kept = store_->add_check_in(check_in).ok();
    emit changed();
    return kept;
}

QString dose_explanation(const QString& exercise_name, const StepDose& dose, StepKind kind)
{
    return ProgrammeController::tr("%1 — %2").arg(exercise_name, dose_reason(dose, kind));
}

QString dose_reason(const StepDose& dose, StepKind kind)
{
    const QString now = dose_words(dose.dose, kind);
    const QString before =
        dose.previous ? change_words(*dose.previous, dose.dose, kind) : QString();
    const QString day = short_day(dose.day);
    QString why;
    switch (dose.reason) {
    case DoseReason::starting:
        why = ProgrammeController::tr("%1: the starting dose.").arg(now);
        break;
    case DoseReason::up:
        why = ProgrammeController::tr(
                  "%1 this week, up from %2: the last two sessions went without pain.")
                  .arg(now, before);
        break;
    case DoseReason::down_hurt:
        why = ProgrammeController::tr(
                  "%1, back from %2: “this hurts” stopped it on %3. Go gently, and stop "
                  "whenever it hurts.")
                  .arg(now, before, day);
        break;
    case DoseReason::down_pain:
        why = ProgrammeController::tr(
                  "%1, back from %2: on %3 your pain after was two or more above your pain "
                  "before. Go gently, and stop whenever it hurts.")
                  .arg(now, before, day);
        break;
    case DoseReason::building:
        why = ProgrammeController::tr(
                  "%1, as last time: %2 of the two sessions without pain it needs to go up.")
                  .arg(now)
                  .arg(dose.good_in_a_row);
        break;
    case DoseReason::pain_rose:
        why = ProgrammeController::tr(
                  "%1, as last time: on %2 your pain after was above your pain before.")
                  .arg(now, day);
        break;
    case DoseReason::not_rated:
        why = ProgrammeController::tr(
                  "%1, as last time: on %2 pain was not rated before and after, so it stays.")
                  .arg(now, day);
        break;
    case DoseReason::up_next_week:
        why = ProgrammeController::tr(
                  "%1 this week; the last two sessions went without pain, so it goes up next "
                  "week.")
                  .arg(now);
        break;
    case DoseReason::at_target:
        why = ProgrammeController::tr("%1: the programme's target.").arg(now);
        break;
    }
    return why;
}

} // namespace unknot::gui
