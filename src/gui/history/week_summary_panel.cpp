#include "gui/history/week_summary_panel.h"

#include "gui/history/day_strip.h"
#include "gui/history/history_text.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

QLabel* value_label(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true); // "jetzt 1 · bisher am besten 1" takes two lines when it must
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* caption_label(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WeekSummaryPanel::WeekSummaryPanel(QWidget* parent)
    : QFrame(parent), headline_(new QLabel(this)), message_(new QLabel(this)),
      strip_(new DayStrip(this)), minutes_(value_label(this)), pain_(value_label(this)),
      streak_(value_label(this)), goal_box_(new QSpinBox(this))
{
    setFrameShape(QFrame::StyledPanel);
    headline_->setTextFormat(Qt::PlainText);
    headline_->setWordWrap(true); // German takes two lines at 1280 px: the window must not grow
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    headline_->setFont(big);
    headline_->setObjectName(QStringLiteral("headline"));
    message_->setTextFormat(Qt::PlainText);
    message_->setWordWrap(true);
    goal_box_->setRange(0, 14);
    goal_box_->setSuffix(tr(" a week"));
    goal_box_->setToolTip(tr("Sessions you aim for each week. Automatic: the weekly target of "
                             "the routine you play most."));
    connect(goal_box_, &QSpinBox::valueChanged, this, &WeekSummaryPanel::goal_setting_changed);
    build_layout();
}

void WeekSummaryPanel::build_layout()
{
    auto* goal_row = new QHBoxLayout;
    auto* goal_label = new QLabel(tr("Weekly &goal:"), this);
    goal_label->setBuddy(goal_box_);
    goal_row->addWidget(goal_label);
    goal_row->addWidget(goal_box_);
    goal_row->addStretch();

    auto* left = new QVBoxLayout;
    left->addWidget(headline_);
    left->addWidget(message_);
    left->addLayout(goal_row);
    left->addStretch();

    auto* stats = new QGridLayout;
    stats->addWidget(caption_label(tr("Exercise"), this), 0, 0);
    QLabel* pain_caption = caption_label(tr("Pain before → after"), this);
    pain_caption->setToolTip(tr("The average of the week's sessions with a rating"));
    pain_->setToolTip(pain_caption->toolTip());
    stats->addWidget(pain_caption, 0, 1);
    stats->addWidget(caption_label(tr("Streak (weeks at goal)"), this), 0, 2);
    stats->addWidget(minutes_, 1, 0);
    stats->addWidget(pain_, 1, 1);
    stats->addWidget(streak_, 1, 2);
    stats->setHorizontalSpacing(28);

    auto* right = new QVBoxLayout;
    right->addWidget(strip_);
    right->addLayout(stats);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right, 1);
}

void WeekSummaryPanel::show_week(const WeekSummary& week, const Streaks& streaks, local_days today)
{
    const bool this_week = today >= week.start && today < week.start + days{kDaysPerWeek};
    headline_->setText(week_standing_text(week.sessions, week.goal, this_week));
    message_->setText(kind_word(week, this_week));
    strip_->set_week(week.start, week.per_day,
                     this_week || week.start > today ? std::optional(today) : std::nullopt);
    minutes_->setText(active_minutes_text(week.active_seconds));
    pain_->setText(week.pain_before || week.pain_after
                       ? pain_text(week.pain_before) + QStringLiteral(" → ") +
                             pain_text(week.pain_after)
                       : tr("not rated"));
    streak_->setText(tr("%1 now · best %2").arg(streaks.current).arg(streaks.best));
}

QString WeekSummaryPanel::kind_word(const WeekSummary& week, bool this_week) const
{
    if (week.goal_met())
        return this_week ? tr("Goal reached. Well done!") : tr("Goal reached that week.");
    if (week.sessions == 0 && this_week)
        return tr("No sessions yet this week. One short routine is a fine start.");
    if (week.sessions == 0)
        return tr("No sessions that week. That happens; what matters is coming back to it.");
    const int left = week.goal - week.sessions;
    if (this_week)
        return left == 1 ? tr("One more session reaches your goal.")
                         : tr("%1 more sessions reach your goal.").arg(left);
    return tr("Every session helps, even in a busy week.");
}

void WeekSummaryPanel::set_goal_setting(int goal, int automatic_goal)
{
    const QSignalBlocker blocker(goal_box_);
    goal_box_->setSpecialValueText(tr("Automatic (%1)").arg(automatic_goal));
    goal_box_->setValue(goal);
    goal_box_->setMinimumWidth(goal_box_->fontMetrics().horizontalAdvance(
                                   goal_box_->specialValueText() + QStringLiteral("MM")) +
                               32); // the arrows
}

QString WeekSummaryPanel::headline() const
{
    return headline_->text();
}

QString WeekSummaryPanel::message() const
{
    return message_->text();
}

} // namespace unknot::gui
