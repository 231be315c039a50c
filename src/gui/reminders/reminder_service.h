// Watches the clock while Unknot runs and says when to remind: on a practice day at the chosen
// time (settings_keys::reminder_*), when the history has no session that day yet. The scheduling
// itself is core (core/reminders/reminder_schedule.h); this only keeps one QTimer armed and asks
// the store.
#pragma once

#include "core/reminders/reminder_schedule.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QSettings;
class QTimer;

namespace unknot {
class HistoryStore;
}

namespace unknot::gui {

// The computer's own time zone, through QDateTime.
TimeZone system_time_zone();

class ReminderService : public QObject {
    Q_OBJECT
public:
    using Now = std::function<sys_seconds()>;
    // `store` may be null (no history: every day counts as without a session). `settings` and
    // `store` must outlive the service.
    ReminderService(QSettings& settings, HistoryStore* store, Now now, TimeZone zone,
                    QObject* parent = nullptr);

    // Reads the settings again and waits for the next reminder (call after they change).
    void reload();
    // Looks at the clock; the timer calls it, tests call it after moving their clock.
    void check();

    std::optional<sys_seconds> pending() const { return pending_; }
    ReminderPlan plan() const { return plan_; }
    // The routine to offer: the setting, or the routine of the latest session in the history.
    QString usual_routine() const;

signals:
    void remind(const QString& routine_id); // empty when there is no usual routine yet

private:
    bool has_session(local_days day) const;
    void arm();

    QSettings& settings_;
    HistoryStore* store_;
    Now now_;
    TimeZone zone_;
    ReminderPlan plan_;
    std::optional<sys_seconds> pending_;
    QTimer* timer_;
};

} // namespace unknot::gui
