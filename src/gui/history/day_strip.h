// Seven days in a row, a filled mark on each day with a session: the week at a glance.
#pragma once

#include "core/history/week_math.h"

#include <QWidget>

#include <array>
#include <optional>

namespace unknot::gui {

class DayStrip : public QWidget {
    Q_OBJECT
public:
    explicit DayStrip(QWidget* parent = nullptr);

    // `today` is marked when it is in the week; days after it are drawn quieter.
    void set_week(local_days first_day, const std::array<int, kDaysPerWeek>& sessions,
                  std::optional<local_days> today);
    const std::array<int, kDaysPerWeek>& sessions() const { return sessions_; }
    // What the day's circle says: how many sessions, or nothing on a day without one.
    QString mark_text(int day_index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paint_day(QPainter& painter, int index, const QRectF& cell) const;
    void update_description();

    local_days first_day_{};
    std::array<int, kDaysPerWeek> sessions_{};
    std::optional<local_days> today_;
};

} // namespace unknot::gui
