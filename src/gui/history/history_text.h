// How the history page words things: statuses, outcomes, pain ratings, targets, dates.
#pragma once

#include "core/history/history_types.h"
#include "core/history/week_math.h"

#include <QString>

#include <optional>

namespace unknot::gui {

QString status_text(SessionStatus status);
QString outcome_text(StepOutcome outcome);
// The step's result as the session detail shows it: the outcome, then what was chosen after
// "this hurts" and the easier version done ("Stopped for pain: skipped the exercise").
QString step_result_text(const StepRecord& step);
QString side_text(StepSide side);
// "6", or "–" when not rated.
QString pain_text(std::optional<int> pain);
QString pain_text(std::optional<double> average);
// "6 → 3", "6 → –"; empty when neither was rated.
QString pain_change_text(std::optional<int> before, std::optional<int> after);
// "−1.5" (typographic minus), "+0.5", "0.0"
QString signed_change_text(double change);
// "30 s" or "10 reps": what the step asked for; and what was done.
QString step_target_text(const StepRecord& step);
QString step_actual_text(const StepRecord& step);
// "12 min" of exercise, rounded to whole minutes ("0 min" for under half a minute).
QString active_minutes_text(double seconds);
// Where a week stands against its goal, as a person says it: "2 of 3 sessions this week",
// "Goal met: 11 sessions this week (goal 3)".
QString week_standing_text(int sessions, int goal, bool this_week);

QString day_text(local_days day);        // "Mon 17 Jun"
QString date_text(local_days day);       // "17 Jun 2024"
QString long_day_text(local_days day);   // "Monday 17 June 2024"
QString time_text(local_seconds t);      // "08:05", in the locale's short format
QString week_text(local_days first_day); // "17 – 23 June 2024"

} // namespace unknot::gui
