// The top of the history page: "2 of 3 sessions", the seven days, exercise minutes, pain before
// and after, the streaks, and the weekly goal (automatic or set).
#pragma once

#include "core/history/history_stats.h"

#include <QFrame>

class QLabel;
class QSpinBox;

namespace unknot::gui {

class DayStrip;

class WeekSummaryPanel : public QFrame {
    Q_OBJECT
public:
    explicit WeekSummaryPanel(QWidget* parent = nullptr);

    // `today`: the local day now; the week is "this week" when it holds it.
    void show_week(const WeekSummary& week, const Streaks& streaks, local_days today);
    // 0 means automatic: `automatic_goal`, the target of the routine played most.
    void set_goal_setting(int goal, int automatic_goal);

    QString headline() const;
    QString message() const;
    DayStrip* day_strip() const { return strip_; }
    QSpinBox* goal_box() const { return goal_box_; }

signals:
    void goal_setting_changed(int goal); // 0: automatic

private:
    void build_layout();
    QString kind_word(const WeekSummary& week, bool this_week) const;

    QLabel* headline_;
    QLabel* message_;
    DayStrip* strip_;
    QLabel* minutes_;
    QLabel* pain_;
    QLabel* streak_;
    QSpinBox* goal_box_;
};

} // namespace unknot::gui
