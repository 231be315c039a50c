#include "gui/reminders/reminder_service.h"

#include "core/history/history_store.h"
#include "gui/settings_keys.h"

#include <QDateTime>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace unknot::gui {

namespace {

// The timer never sleeps longer than this, so that a changed clock or a suspend is noticed.
constexpr std::chrono::minutes kLongestWait{5};

QDateTime local_date_time(local_seconds t)
{
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(t - day).count();
    return QDateTime(QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))),
                     QTime(0, 0).addSecs(int(seconds)), Qt::LocalTime);
}

} // namespace

TimeZone system_time_zone()
{
    return {[](local_seconds t) {
                // Qt moves a skipped local time forward by the gap and takes the first of two.
                return sys_seconds{std::chrono::seconds{local_date_time(t).toSecsSinceEpoch()}};
            },
            [](sys_seconds t) {
                const QDateTime local =
                    QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::LocalTime);
                return local_seconds{t.time_since_epoch() +
                                     std::chrono::seconds{local.offsetFromUtc()}};
            }};
}

ReminderService::ReminderService(QSettings& settings, HistoryStore* store, Now now, TimeZone zone,
                                 QObject* parent)
    : QObject(parent), settings_(settings), store_(store), now_(std::move(now)),
      zone_(std::move(zone)), timer_(new QTimer(this))
{
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &ReminderService::check);
    reload();
}

void ReminderService::reload()
{
    plan_ = ReminderPlan::from_mask(settings_keys::reminder_days.read(settings_),
                                    settings_keys::reminder_time.read(settings_));
    pending_.reset();
    check();
}

void ReminderService::check()
{
    const sys_seconds now = now_();
    const auto sessions = [this](local_days day) { return has_session(day); };
    const ReminderCheck result = check_reminder(plan_, pending_, now, zone_, sessions);
    pending_ = result.next;
    arm();
    if (result.remind)
        emit remind(usual_routine());
}

void ReminderService::arm()
{
    if (!pending_) {
        timer_->stop();
        return;
    }
    const auto wait =
        std::clamp<std::chrono::seconds>(*pending_ - now_(), std::chrono::seconds(1), kLongestWait);
    timer_->start(std::chrono::milliseconds(wait));
}

bool ReminderService::has_session(local_days day) const
{
    if (!store_)
        return false;
    const local_seconds from{day};
    const auto found = store_->sessions_between_local(from, from + std::chrono::days(1),
                                                      SessionQuery{false, false});
    return found.ok() && !found.value.empty();
}

QString ReminderService::usual_routine() const
{
    const QString chosen = settings_keys::reminder_routine.read(settings_);
    if (!chosen.isEmpty() || !store_)
        return chosen;
    const local_seconds today = zone_.to_local(now_());
    const auto recent = store_->sessions_between_local(
        today - std::chrono::days(90), today + std::chrono::days(1), SessionQuery{false, false});
    if (!recent.ok() || recent.value.empty())
        return {};
    return QString::fromStdString(recent.value.back().routine_id);
}

} // namespace unknot::gui
