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
    : QObject(parent), store_(store), not_logged_(std::move(not_logged)), wall_clock_(system_now),
      writer_(store ? RecorderThread::reopening(*store) : RecorderThread::OpenStore{}, [this] {
          QMetaObject::invokeMethod(
              this, [this] { take_status(writer_.status()); }, Qt::QueuedConnection);
      })
{}

SessionLogger::~SessionLogger() = default;

void SessionLogger::attach(PlayerPage* player)
{
    player_ = player;
    connect(player, &PlayerPage::session_started, this, &SessionLogger::on_started);
    connect(player, &PlayerPage::session_event, this, &SessionLogger::on_event);
    connect(player, &PlayerPage::hurt_answered, this,
            [this](int phase, HurtChoice choice, const QString& variation) {
                if (plan_)
                    post([phase, choice, variation = variation.toStdString(),
                          plan = plan_](SessionRecorder& recorder) {
                        recorder.record_hurt_choice(phase, choice, variation, *plan);
                    });
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
    bool saved = false; // written by the job, read after settle() waited for it
    post([&saved, pain_after, notes = notes.toStdString()](SessionRecorder& recorder) {
        saved = recorder.save_summary(pain_after, notes);
    });
    settle();
    if (saved)
        emit history_changed();
    return saved;
}

QString SessionLogger::last_error() const
{
    return QString::fromStdString(status_.last_error);
}

void SessionLogger::settle()
{
    take_status(writer_.wait());
}

void SessionLogger::post(RecorderThread::Job job)
{
    writer_.post(std::move(job));
}

void SessionLogger::take_status(RecorderStatus status)
{
    status_ = std::move(status);
    report();
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
    const SessionEngine* engine = player_ ? player_->engine() : nullptr;
    plan_ = engine ? std::make_shared<const SessionPlan>(engine->plan()) : nullptr;
    post([start = std::move(start)](SessionRecorder& recorder) mutable {
        recorder.begin_session(std::move(start));
    });
}

void SessionLogger::on_event(const Event& event)
{
    if (!player_ || !plan_ || event.kind == EventKind::cue_due)
        return; // the recorder does nothing with cues: the writer is not woken every second
    const WallClockAnchor now{player_->clock().now(), wall_clock_()};
    post([event, now, plan = plan_](SessionRecorder& recorder) {
        recorder.on_event(event, *plan, now);
        // Finishing events write anyway; after a failure a phase start tries again too.
        if (event.kind == EventKind::phase_started && recorder.logging_failed())
            recorder.retry(); // the store may have recovered since the last write
    });
    if (event.kind == EventKind::session_finished)
        settle(); // the summary says what is saved: the session is over, so this wait is free
    count(event);
    if (event.kind == EventKind::session_finished && !logging_failed())
        emit history_changed();
}

void SessionLogger::count(const Event& event)
{
    if (event.kind == EventKind::session_finished) {
        tally_.outcome = event.session_outcome;
        tally_.active_seconds = status_.totals.active_seconds;
        return;
    }
    if (!records_step(event, *plan_))
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
}

void SessionLogger::report()
{
    const bool failed = status_.logging_failed;
    if (failed == reported_failed_)
        return;
    reported_failed_ = failed;
    emit logging_changed(failed);
}

} // namespace unknot::gui
