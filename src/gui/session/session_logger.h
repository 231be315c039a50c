// Connects the player's signals to a core SessionRecorder: the session row when a session starts
// (with the routine as played and the pain before it), every engine event as it happens (a step
// row the moment an exercise phase finishes), the end, and the summary. The player never writes
// SQL; this class only forwards. When a write fails the session goes on: logging_changed(true)
// feeds a banner, the recorder keeps what was not written, and every later phase start or finish
// writes it again.
//
// The recorder runs on a thread of its own (RecorderThread, with its own connection to the
// history), so a commit's fsync never delays the next phase. What the window says is written is
// written: the end of a session and its summary are waited for before the summary page or the
// history hears of them, and closing waits for every write still queued.
#pragma once

#include "core/history/history_store.h"
#include "core/routine/routine.h"
#include "core/session/recorder_thread.h"
#include "core/session/session_event.h"
#include "core/session/session_recorder.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace unknot::gui {

class PlayerPage;

// What the summary shows: steps by outcome (a phase finished twice counts once, as last finished).
struct SessionTally {
    int done = 0;
    int skipped = 0;
    int stopped_for_pain = 0;
    int stopped = 0; // the step under way when the session was stopped
    double active_seconds = 0;
    std::optional<int> pain_before;
    std::optional<SessionOutcome> outcome; // set when the session has finished
};

class SessionLogger : public QObject {
    Q_OBJECT
public:
    using WallClock = std::function<sys_seconds()>;

    // store may be null: sessions play and nothing is logged, for the reason `not_logged` says
    // (empty: the history could not be opened). It must outlive the logger.
    explicit SessionLogger(HistoryStore* store, QString not_logged = {}, QObject* parent = nullptr);
    ~SessionLogger() override;

    void attach(PlayerPage* player); // the player must outlive the logger or be attached once
    // What the next session that starts records: the routine as played (with the exercises it
    // uses) and the pain before it.
    // A flare-up session is the gentle version, left out of the programme's progression.
    void prepare(RoutineFile snapshot, std::optional<int> pain_before, bool flare_up = false);
    // Pain after and notes of the session that just finished; false when not (yet) written.
    bool save_summary(std::optional<int> pain_after, const QString& notes);
    void set_wall_clock(WallClock clock) { wall_clock_ = std::move(clock); }

    bool has_store() const { return store_ != nullptr; }
    QString not_logged() const { return not_logged_; }
    // What the recorder said after the writes that finished so far (see settle()).
    bool logging_failed() const { return status_.logging_failed; }
    QString last_error() const;
    std::size_t pending_steps() const { return status_.pending_steps; }
    std::optional<std::int64_t> session_id() const { return status_.session_id; }
    const SessionTally& tally() const { return tally_; }

    // Waits until every write asked for so far has been tried, and reports what came of it.
    void settle();

signals:
    void logging_changed(bool failed); // logging started failing, or works again
    void history_changed(); // a session's end or its summary is in the store (for history views)

private:
    void on_started(const QString& routine_id);
    void on_event(const Event& event);
    void count(const Event& event);
    void post(RecorderThread::Job job);
    void take_status(RecorderStatus status);
    void report();

    HistoryStore* store_;
    QString not_logged_;
    PlayerPage* player_ = nullptr;
    std::shared_ptr<const SessionPlan> plan_; // the playing session's, shared with the writer
    WallClock wall_clock_;
    RoutineFile prepared_;
    std::optional<int> pain_before_;
    bool flare_up_ = false;
    SessionTally tally_;
    std::map<int, PhaseOutcome> outcomes_; // by phase index
    bool reported_failed_ = false;
    RecorderStatus status_;
    RecorderThread writer_; // last: joined (after its queue is written) before the rest goes
};

} // namespace unknot::gui
