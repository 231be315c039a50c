#include "gui/history/history_page.h"

#include "core/history/history_export.h"
#include "gui/history/exercise_stats_model.h"
#include "gui/history/history_document.h"
#include "gui/history/history_text.h"
#include "gui/history/routine_stats_model.h"
#include "gui/history/session_detail.h"
#include "gui/history/session_table_model.h"
#include "gui/history/trend_chart.h"
#include "gui/history/week_summary_panel.h"
#include "gui/settings_keys.h"
#include "gui/text.h"

#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace unknot::gui {

HistoryPage::HistoryPage(HistoryStore* store, QSettings& settings, LocalNow now, QWidget* parent)
    : QWidget(parent), document_(new HistoryDocument(store, this)), settings_(settings),
      now_(std::move(now)), week_label_(new QLabel(this)), status_(new QLabel(this)),
      views_(new QStackedWidget(this)), summary_(new WeekSummaryPanel(this)),
      sessions_(new SessionTableModel(this)), sessions_view_(new QTableView(this)),
      detail_(new SessionDetail(this)), chart_(new TrendChart(this)),
      routines_(new RoutineStatsModel(this)), routines_view_(new QTableView(this)),
      exercises_(new ExerciseStatsModel(this)), exercises_view_(new QTableView(this)),
      totals_tabs_(new QTabWidget(this))
{
    build_layout();
    connect(document_, &HistoryDocument::notes_changed, this, &HistoryPage::notes_changed);
    connect(document_, &HistoryDocument::session_removed, this, [this] {
        reload();
        set_status(tr("Session deleted. Ctrl+Z brings it back."));
    });
    connect(document_, &HistoryDocument::session_restored, this, &HistoryPage::session_returned);
    connect(document_, &HistoryDocument::failed, this,
            [this](const QString& message) { set_status(message, true); });
    connect(summary_, &WeekSummaryPanel::goal_setting_changed, this, [this](int goal) {
        settings_.setValue(settings_keys::history_weekly_goal(), goal);
        reload();
    });
    connect(detail_, &SessionDetail::save_notes_requested, this, &HistoryPage::commit_notes);
    connect(detail_, &SessionDetail::delete_requested, this, &HistoryPage::delete_selected);
    connect(sessions_view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::current_session_changed);
}

void HistoryPage::set_weekly_targets(WeeklyTargetLookup lookup)
{
    targets_ = std::move(lookup);
    read_from_.reset();
    if (isVisible())
        reload();
}

local_days HistoryPage::this_week() const
{
    return week_start(local_day(now_()), first_day_);
}

QString HistoryPage::this_week_standing() const
{
    HistoryStore* store = document_->store();
    if (!store)
        return {};
    const weekday first = first_day_of_week();
    int goal = goal_setting();
    if (goal == 0) {
        auto overview = load_overview(*store, first, targets_);
        goal = overview.ok() ? overview.value.default_goal : kFallbackWeeklyGoal;
    }
    auto week = load_week(*store, week_start(local_day(now_()), first), goal, false);
    if (!week.ok())
        return {};
    return week_standing_text(week.value.summary.sessions, week.value.summary.goal, true);
}

QUndoStack* HistoryPage::undo_stack() const
{
    return document_->undo_stack();
}

QWidget* HistoryPage::current_view() const
{
    return views_->currentWidget();
}

weekday HistoryPage::first_day_of_week() const
{
    const int setting = settings_.value(settings_keys::history_first_day_of_week(), 0).toInt();
    if (setting >= 1 && setting <= 7)
        return to_weekday(static_cast<Qt::DayOfWeek>(setting));
    return to_weekday(QLocale().firstDayOfWeek());
}

int HistoryPage::goal_setting() const
{
    return std::clamp(settings_.value(settings_keys::history_weekly_goal(), 0).toInt(), 0, 14);
}

// The week buttons and the export only make sense with a history to show.
void HistoryPage::show_view(QWidget* view)
{
    views_->setCurrentWidget(view);
    nav_bar_->setVisible(view == content_);
}

void HistoryPage::reload()
{
    HistoryStore* store = document_->store();
    if (!store) {
        show_view(unavailable_);
        return;
    }
    commit_notes();
    read_from_ = read_from();
    const std::optional<qint64> selected = selected_id();
    first_day_ = first_day_of_week();
    auto overview = load_overview(*store, first_day_, targets_);
    if (!overview.ok()) {
        read_from_.reset();
        set_status(qs(overview.status.message), true);
        return;
    }
    overview_ = std::move(overview.value);
    const int setting = goal_setting();
    goal_ = setting > 0 ? setting : overview_.default_goal;
    summary_->set_goal_setting(setting, overview_.default_goal);
    routines_->set_stats(overview_.routines);
    exercises_stale_ = true;
    load_exercises_if_shown();
    show_view(overview_.total_sessions == 0 ? first_run_ : content_);
    shown_week_ = shown_week_set_ ? week_start(shown_week_, first_day_) : this_week();
    shown_week_set_ = true;
    load_shown_week(selected);
}

// The whole history's steps are read only when the table is shown (60-100 ms on ten years).
void HistoryPage::load_exercises_if_shown()
{
    HistoryStore* store = document_->store();
    if (!exercises_stale_ || !store || totals_tabs_->currentWidget() != exercises_view_)
        return;
    auto exercises = load_exercise_stats(*store);
    if (!exercises.ok()) {
        set_status(qs(exercises.status.message), true);
        return;
    }
    exercises_->set_stats(std::move(exercises.value));
    exercises_stale_ = false;
}

void HistoryPage::load_shown_week(std::optional<qint64> select)
{
    HistoryStore* store = document_->store();
    if (!store)
        return;
    auto week = load_week(*store, shown_week_, goal_);
    auto trend = load_trend(*store, shown_week_, kTrendWeeks, goal_);
    if (!week.ok() || !trend.ok()) {
        read_from_.reset();
        set_status(qs((week.ok() ? trend.status : week.status).message), true);
        return;
    }
    const local_days today = local_day(now_());
    summary_->show_week(week.value.summary, streaks(overview_.week_counts, goal_, this_week()),
                        today);
    week_label_->setText(shown_week_ == this_week()
                             ? tr("This week: %1").arg(week_text(shown_week_))
                             : tr("Week of %1").arg(week_text(shown_week_)));
    sessions_->set_sessions(std::move(week.value.sessions));
    chart_->set_weeks(std::move(trend.value));
    const int row = select ? sessions_->row_of(*select) : -1;
    const int chosen = row >= 0 ? row : sessions_->rowCount() - 1; // else the latest
    sessions_view_->setCurrentIndex(sessions_->index(chosen, 0));
    sessions_view_->scrollTo(sessions_view_->currentIndex());
    current_session_changed();
    next_action_->setEnabled(shown_week_ < this_week());
}

void HistoryPage::show_week(local_days first_day)
{
    commit_notes();
    shown_week_ = week_start(first_day, first_day_);
    shown_week_set_ = true;
    set_status({});
    load_shown_week(std::nullopt);
}

void HistoryPage::previous_week()
{
    show_week(shown_week_ - days{kDaysPerWeek});
}

void HistoryPage::next_week()
{
    if (shown_week_ < this_week())
        show_week(shown_week_ + days{kDaysPerWeek});
}

void HistoryPage::show_this_week()
{
    show_week(this_week());
}

bool HistoryPage::select_session(qint64 id)
{
    HistoryStore* store = document_->store();
    const auto found =
        store ? store->session(id, {.with_steps = false}) : StoreResult<SessionRecord>{};
    if (!found.ok())
        return false;
    commit_notes();
    shown_week_ = session_week(found.value, first_day_);
    shown_week_set_ = true;
    load_shown_week(id);
    return selected_id() == id;
}

std::optional<qint64> HistoryPage::selected_id() const
{
    const SessionRecord* s = sessions_->session(sessions_view_->currentIndex().row());
    return s ? std::optional<qint64>(s->id) : std::nullopt;
}

void HistoryPage::current_session_changed()
{
    commit_notes();
    detail_->show_session(sessions_->session(sessions_view_->currentIndex().row()));
}

void HistoryPage::commit_notes()
{
    if (detail_->notes_modified())
        document_->edit_notes(detail_->session_id(), detail_->saved_notes(), detail_->notes_text());
}

void HistoryPage::notes_changed(qint64 session)
{
    const auto found = document_->store()->session(session, {.with_steps = false});
    if (!found.ok())
        return;
    sessions_->set_notes(session, found.value.notes);
    detail_->notes_saved(session, qs(found.value.notes));
    if (detail_->session_id() != session) // an undo of another week's notes: show where
        select_session(session);
}

void HistoryPage::delete_selected()
{
    const SessionRecord* s = sessions_->find(detail_->session_id());
    if (!s)
        return;
    commit_notes();
    document_->delete_session(s->id,
                              tr("“%1”, %2").arg(qs(s->routine_title), day_text(session_day(*s))));
}

void HistoryPage::session_returned(qint64 session)
{
    reload();
    select_session(session);
    set_status(tr("Session restored."));
}

bool HistoryPage::export_to(const QString& path)
{
    HistoryStore* store = document_->store();
    if (!store)
        return false;
    const StoreStatus status = export_history_file(*store, path.toStdString());
    if (!status.ok()) {
        set_status(qs(status.message), true);
        return false;
    }
    set_status(tr("Exported the history to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryPage::export_with_dialog()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("unknot-history-%1.csv")
                                  .arg(to_qdate(local_day(now_())).toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty() && !export_to(path))
        QMessageBox::warning(this, tr("Export failed"), status_->text());
}

void HistoryPage::set_status(const QString& text, bool error)
{
    status_->setText(text);
    status_->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    status_->setAutoFillBackground(error);
    status_->setBackgroundRole(error ? QPalette::Dark : QPalette::Window);
    status_->setVisible(!text.isEmpty());
}

std::optional<HistoryPage::ReadFrom> HistoryPage::read_from() const
{
    const HistoryStore* store = document_->store();
    const auto version = store ? store->version() : std::nullopt;
    if (!version)
        return std::nullopt;
    return ReadFrom{*version, local_day(now_()), first_day_of_week(), goal_setting()};
}

// Reading ten years again took 15 ms each time the tab was shown; now only when something changed.
void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!read_from_ || read_from_ != read_from())
        reload();
}

void HistoryPage::hideEvent(QHideEvent* event)
{
    commit_notes();
    QWidget::hideEvent(event);
}

} // namespace unknot::gui
