#include "gui/session/session_logger.h"

#include "core/routine/routine_format.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"

#include <QDateTime>

#include <algorithm>

namespace unknot::gui {

namespace {

sys_seconds system_now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace

SessionLogger::SessionLogger(HistoryStore* store, QString not_logged, QObject* parent)
    : QObject(parent), store_(store), not_logged_(std::move(not_logged)), recorder_(store),
      wall_clock_(system_now)
{}

SessionLogger::~SessionLogger() = default;

void SessionLogger::attach(PlayerPage* player)
{
    player_ = player;
    connect(player, &PlayerPage::session_started, this, &SessionLogger::on_started);
    connect(player, &PlayerPage::session_event, this, &SessionLogger::on_event);
    connect(player, &PlayerPage::hurt_answered, this,
            [this](int phase, HurtChoice choice, const QString& variation) {
                if (const SessionEngine* engine = player_->engine())
                    recorder_.record_hurt_choice(phase, choice, variation.toStdString(),
                                                 engine->plan());
            });
}

void SessionLogger::prepare(RoutineFile snapshot, std::optional<int> pain_before, bool flare_up)
{
    prepared_ = std::move(snapshot);
    pain_before_ = pain_before;
    flare_up_ = flare_up;
}

bool SessionLogger::save_summary(std::optional<int> pain_after, const QString& notes)
{
    const bool saved = recorder_.save_summary(pain_after, notes.toStdString());
    report();
    if (saved)
        emit history_changed();
    return saved;
}

QString SessionLogger::last_error() const
{
    return QString::fromStdString(recorder_.last_error());
}

void SessionLogger::on_started(const QString& routine_id)
{
    SessionStart start;
    start.routine_id = routine_id.toStdString();
    RoutineFile snapshot = std::exchange(prepared_, RoutineFile{});
    if (!snapshot.routine || snapshot.routine->id != start.routine_id) { // started elsewhere
        snapshot = RoutineFile{};
        snapshot.routine = Routine{};
        snapshot.routine->id = start.routine_id;
        snapshot.routine->title = start.routine_id;
    }
    start.routine_title = snapshot.routine->title;
    start.snapshot = write_routine_file(snapshot);
    start.started_at = wall_clock_();
    start.utc_offset_minutes = QDateTime::currentDateTime().offsetFromUtc() / 60;
    start.pain_before = std::exchange(pain_before_, std::nullopt);
    start.flare_up = std::exchange(flare_up_, false);
    tally_ = SessionTally{};
    tally_.pain_before = start.pain_before;
    outcomes_.clear();
    recorder_.begin_session(std::move(start));
    report();
}

void SessionLogger::on_event(const Event& event)
{
    const SessionEngine* engine = player_ ? player_->engine() : nullptr;
    if (!engine)
        return;
    const WallClockAnchor now{player_->clock().now(), wall_clock_()};
    recorder_.on_event(event, engine->plan(), now);
    // Finishing events write anyway. Cues come every second, and with a locked store each attempt
    // waits for the busy timeout, so only a phase start tries again.
    if (event.kind == EventKind::phase_started && recorder_.logging_failed())
        recorder_.retry(); // the store may have recovered since the last write
    count(event);
    report();
    if (event.kind == EventKind::session_finished && !recorder_.logging_failed())
        emit history_changed();
}

void SessionLogger::count(const Event& event)
{
    if (event.kind == EventKind::session_finished) {
        tally_.outcome = event.session_outcome;
        tally_.active_seconds = recorder_.totals().active_seconds;
        return;
    }
    if (!records_step(event, player_->engine()->plan()))
        return;
    outcomes_[event.phase] = event.outcome;
    const auto with = [this](PhaseOutcome o) {
        return static_cast<int>(
            std::count_if(outcomes_.begin(), outcomes_.end(),
                          [o](const auto& entry) { return entry.second == o; }));
    };
    tally_.done = with(PhaseOutcome::done);
    tally_.skipped = with(PhaseOutcome::skipped);
    tally_.stopped_for_pain = with(PhaseOutcome::stopped_for_pain);
    tally_.stopped = with(PhaseOutcome::stopped);
    tally_.active_seconds = recorder_.totals().active_seconds;
}

void SessionLogger::report()
{
    const bool failed = recorder_.logging_failed();
    if (failed == reported_failed_)
        return;
    reported_failed_ = failed;
    emit logging_changed(failed);
}

} // namespace unknot::gui
