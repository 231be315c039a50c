// The weekly history: this week against the goal, its sessions with their steps and notes, the
// last 12 weeks as a chart, each routine's totals, and the export. Reads the log through
// core/history/history_queries.h; changes go through HistoryDocument's undo stack.
#pragma once

#include "core/history/history_queries.h"
#include "gui/history/local_clock.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace unknot::gui {

class ExerciseStatsModel;
class HistoryDocument;
class RoutineStatsModel;
class SessionDetail;
class SessionTableModel;
class TrendChart;
class WeekSummaryPanel;

class HistoryPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTrendWeeks = 12;

    // `store` may be null (the log could not be opened): the page says so. `now` gives the local
    // time; the first day of the week and the goal come from `settings` (else the locale and the
    // routine played most).
    HistoryPage(HistoryStore* store, QSettings& settings, LocalNow now, QWidget* parent = nullptr);

    // The weekly target of a routine by id, for the automatic goal.
    void set_weekly_targets(WeeklyTargetLookup lookup);
    // Reads the log. The page does so each time it is shown, so that it is always up to date
    // (sessions just played, other copies of the app) and costs nothing while it is hidden.
    void reload();

    void show_week(local_days first_day);
    void previous_week();
    void next_week();
    void show_this_week();
    local_days shown_week() const { return shown_week_; }
    local_days this_week() const;
    // "2 of 3 sessions this week", read from the log now (empty without a log), for the summary
    // after a session.
    QString this_week_standing() const;
    bool select_session(qint64 id); // shows its week first; false when there is no such session
    bool export_to(const QString& path);
    void export_with_dialog();

    WeekSummaryPanel* summary_panel() const { return summary_; }
    QTableView* sessions_view() const { return sessions_view_; }
    SessionTableModel* sessions_model() const { return sessions_; }
    SessionDetail* detail() const { return detail_; }
    TrendChart* trend_chart() const { return chart_; }
    RoutineStatsModel* routines_model() const { return routines_; }
    ExerciseStatsModel* exercises_model() const { return exercises_; }
    QTabWidget* totals_tabs() const { return totals_tabs_; }
    QUndoStack* undo_stack() const;
    QLabel* status_label() const { return status_; }
    QWidget* current_view() const; // the content, the first-run help, or the "unavailable" note

signals:
    void library_requested(); // the first-run help's button

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void build_layout();
    QWidget* build_nav_bar();
    void set_tab_order_as_shown();
    QWidget* build_content();
    QWidget* build_first_run();
    QWidget* build_unavailable();
    void add_actions();
    void show_view(QWidget* view);
    void load_exercises_if_shown();
    void load_shown_week(std::optional<qint64> select);
    void current_session_changed();
    void commit_notes();
    void delete_selected();
    void notes_changed(qint64 session);
    void session_returned(qint64 session);
    void set_status(const QString& text, bool error = false);
    weekday first_day_of_week() const;
    int goal_setting() const;
    std::optional<qint64> selected_id() const;

    // What the page was last read from: showing it again reads nothing while this is the same.
    struct ReadFrom {
        HistoryStore::Version store;
        local_days today;
        weekday first_day;
        int goal_setting = 0;
        bool operator==(const ReadFrom&) const = default;
    };
    std::optional<ReadFrom> read_from() const;

    HistoryDocument* document_;
    QSettings& settings_;
    LocalNow now_;
    WeeklyTargetLookup targets_;
    weekday first_day_ = std::chrono::Monday;
    local_days shown_week_{};
    bool shown_week_set_ = false;
    HistoryOverview overview_;
    int goal_ = kFallbackWeeklyGoal;
    std::optional<ReadFrom> read_from_; // none: read again when shown

    QLabel* week_label_;
    QLabel* status_;
    QStackedWidget* views_;
    QWidget* nav_bar_ = nullptr;
    QWidget* content_ = nullptr;
    QWidget* first_run_ = nullptr;
    QWidget* unavailable_ = nullptr;
    WeekSummaryPanel* summary_;
    SessionTableModel* sessions_;
    QTableView* sessions_view_;
    SessionDetail* detail_;
    TrendChart* chart_;
    RoutineStatsModel* routines_;
    QTableView* routines_view_;
    ExerciseStatsModel* exercises_;
    QTableView* exercises_view_;
    QTabWidget* totals_tabs_; // per routine, per exercise
    bool exercises_stale_ = true;
    QAction* next_action_ = nullptr;
};

} // namespace unknot::gui
