// The pages of one session, in order: the pain question (optional), the player, the summary; and
// a banner for logging problems, shown above them. Closing the window mid-session asks first and
// records the session as stopped.
#pragma once

#include "core/routine/routine.h"
#include "core/routine/session_plan.h"

#include <QObject>

#include <functional>
#include <optional>

class QLabel;
class QSettings;
class QStackedWidget;

namespace unknot::gui {

class PainRatingPage;
class PlayerPage;
class SessionLogger;
class SessionSummaryPage;

class SessionFlow : public QObject {
    Q_OBJECT
public:
    // Adds its pages to `pages`, which already holds `player`. logger and settings may be null:
    // then sessions play with no pain question, no summary and no log. Both must outlive the flow.
    SessionFlow(QStackedWidget* pages, PlayerPage* player, SessionLogger* logger,
                QSettings* settings, QObject* parent = nullptr);

    // Asks the pain question when it is on, then plays. `snapshot` is the routine as played, with
    // the exercises it uses. Throws std::invalid_argument, and changes nothing, for a plan the
    // engine refuses.
    // `gentle` (may be empty) gives the gentle version of the routine and its plan: on a flare-up
    // day (pain before at or above the threshold in Settings) it is offered before the session,
    // and a session played so is logged as a flare-up.
    using Gentle = std::function<std::pair<Routine, SessionPlan>()>;
    void begin(const QString& routine_id, RoutineFile snapshot, SessionPlan plan,
               Gentle gentle = {});
    // The window is about to close. Asks first while a session plays, paused while asking (false:
    // keep going, paused only if it was before); a stopped session is recorded as stopped and an
    // entered summary is saved.
    bool close_requested();
    // Where the week stands now ("2 of 3 sessions this week"), for the summary; none by default.
    void set_week_standing(std::function<QString()> standing)
    {
        week_standing_ = std::move(standing);
    }

    PlayerPage* player() const { return player_; }
    PainRatingPage* pain_page() const { return pain_page_; }
    SessionSummaryPage* summary_page() const { return summary_; }
    QLabel* log_banner() const { return banner_; } // the window places it above the pages

signals:
    void finished(); // the session and its summary are over: back to the library

private:
    void start_player(std::optional<int> pain_before);
    // Asks on a flare-up day; false: not today (back to the library).
    bool offer_gentle_version(int pain_before, bool& flare_up);
    void on_session_finished();
    void save_summary(std::optional<int> pain_after, const QString& notes);
    void update_banner(bool failed);
    QString log_problem() const;

    QStackedWidget* pages_;
    PlayerPage* player_;
    SessionLogger* logger_;
    QSettings* settings_;
    QLabel* banner_;
    PainRatingPage* pain_page_ = nullptr;
    SessionSummaryPage* summary_ = nullptr;
    QString routine_id_;
    QString title_;
    RoutineFile snapshot_;
    std::optional<SessionPlan> pending_plan_; // waiting for the pain answer
    std::function<QString()> week_standing_;
    Gentle gentle_;
};

} // namespace unknot::gui
