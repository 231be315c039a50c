// The last weeks at a glance, drawn with QPainter in the palette's colours (light or dark):
// sessions per week against the goal line, exercise minutes, and the average pain after.
#pragma once

#include "core/history/history_stats.h"

#include <QWidget>

#include <vector>

namespace unknot::gui {

class TrendChart : public QWidget {
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    // Oldest first; the last week is the one on show.
    void set_weeks(std::vector<WeekSummary> weeks);
    const std::vector<WeekSummary>& weeks() const { return weeks_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Band;
    void paint_sessions(QPainter& painter, const Band& band) const;
    void paint_minutes(QPainter& painter, const Band& band) const;
    void paint_pain(QPainter& painter, const Band& band) const;
    void paint_week_labels(QPainter& painter, const Band& band) const;
    void paint_title(QPainter& painter, const Band& band, const QString& title) const;
    QRectF column(const Band& band, std::size_t week, qreal fill) const;
    QColor pain_color() const;
    void update_description();

    std::vector<WeekSummary> weeks_;
};

} // namespace unknot::gui
