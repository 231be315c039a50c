#include "core/history/history_stats.h"

#include <algorithm>
#include <unordered_map>

namespace unknot {

namespace {

class Average {
public:
    void add(std::optional<double> value)
    {
        if (value) {
            sum_ += *value;
            ++count_;
        }
    }
    std::optional<double> value() const
    {
        return count_ ? std::optional<double>(sum_ / count_) : std::nullopt;
    }

private:
    double sum_ = 0;
    int count_ = 0;
};

std::optional<double> rating(std::optional<int> pain)
{
    return pain ? std::optional<double>(*pain) : std::nullopt;
}

struct WeekTotals {
    WeekSummary summary;
    Average before;
    Average after;

    void add(const SessionRecord& s, int day)
    {
        ++summary.sessions;
        ++summary.per_day[static_cast<std::size_t>(day)];
        summary.active_seconds += s.totals.active_seconds;
        before.add(rating(s.pain_before));
        after.add(rating(s.pain_after));
    }
    WeekSummary finish()
    {
        summary.pain_before = before.value();
        summary.pain_after = after.value();
        return summary;
    }
};

WeekTotals empty_week(local_days start, int goal)
{
    WeekTotals totals;
    totals.summary.start = start;
    totals.summary.goal = std::max(goal, 1);
    return totals;
}

// Whole weeks from `first` to `day` (negative before it).
long long weeks_between(local_days first, local_days day)
{
    const auto difference = (day - first).count();
    return difference >= 0 ? difference / kDaysPerWeek
                           : (difference - kDaysPerWeek + 1) / kDaysPerWeek;
}

} // namespace

bool counts_toward_goal(const SessionRecord& session)
{
    return session.status == SessionStatus::completed ||
           session.totals.active_seconds >= kMinimumActiveSeconds;
}

WeekSummary summarize_week(std::span<const SessionRecord> sessions, local_days start, int goal)
{
    return weekly_trend(sessions, start, 1, goal).front();
}

std::vector<WeekSummary> weekly_trend(std::span<const SessionRecord> sessions, local_days last_week,
                                      int weeks, int goal)
{
    weeks = std::max(weeks, 1);
    const local_days first = last_week - days{kDaysPerWeek * (weeks - 1)};
    std::vector<WeekTotals> totals;
    for (int w = 0; w < weeks; ++w)
        totals.push_back(empty_week(first + days{kDaysPerWeek * w}, goal));
    for (const SessionRecord& s : sessions) {
        const local_days day = session_day(s);
        const long long week = weeks_between(first, day);
        if (week < 0 || week >= weeks || !counts_toward_goal(s))
            continue;
        const auto index = static_cast<std::size_t>(week);
        totals[index].add(s, static_cast<int>((day - totals[index].summary.start).count()));
    }
    std::vector<WeekSummary> result;
    result.reserve(totals.size());
    for (WeekTotals& t : totals)
        result.push_back(t.finish());
    return result;
}

LocalRange trend_range(local_days last_week, int weeks)
{
    weeks = std::max(weeks, 1);
    return day_range(last_week - days{kDaysPerWeek * (weeks - 1)}, kDaysPerWeek * weeks);
}

WeekCounts count_weeks(std::span<const SessionRecord> sessions, weekday first)
{
    WeekCounts counts;
    for (const SessionRecord& s : sessions)
        count_week(counts, s, first);
    return counts;
}

void count_week(WeekCounts& counts, const SessionRecord& session, weekday first)
{
    if (counts_toward_goal(session))
        ++counts[session_week(session, first)];
}

Streaks streaks(const WeekCounts& counts, int goal, local_days this_week)
{
    goal = std::max(goal, 1);
    Streaks result;
    int run = 0;
    std::optional<local_days> previous; // the last week that met the goal
    for (const auto& [week, sessions] : counts) {
        if (week > this_week)
            break;
        if (sessions < goal)
            continue;
        run = previous && *previous + days{kDaysPerWeek} == week ? run + 1 : 1;
        previous = week;
        result.best = std::max(result.best, run);
    }
    const local_days last_week = this_week - days{kDaysPerWeek};
    if (previous && (*previous == this_week || *previous == last_week))
        result.current = run;
    return result;
}

int default_weekly_goal(std::span<const SessionRecord> sessions, const WeeklyTargetLookup& lookup,
                        int fallback)
{
    return default_weekly_goal_from(routine_stats(sessions), lookup, fallback);
}

int default_weekly_goal_from(const std::vector<RoutineStats>& routines,
                             const WeeklyTargetLookup& lookup, int fallback)
{
    for (const RoutineStats& r : routines) {
        if (const auto target = lookup ? lookup(r.routine_id) : std::nullopt; target && *target > 0)
            return *target;
    }
    return std::max(fallback, 1);
}

std::vector<RoutineStats> routine_stats(std::span<const SessionRecord> sessions)
{
    RoutineStatsBuilder builder;
    for (const SessionRecord& s : sessions)
        builder.add(s);
    return std::move(builder).finish();
}

void RoutineStatsBuilder::add(const SessionRecord& s)
{
    if (!counts_toward_goal(s))
        return;
    auto it = index_.find(s.routine_id);
    if (it == index_.end()) {
        it = index_.emplace(s.routine_id, result_.size()).first;
        result_.push_back({s.routine_id, s.routine_title, 0, 0, s.local_start(), {}});
        changes_.emplace_back();
    }
    RoutineStats& r = result_[it->second];
    ++r.sessions;
    r.active_seconds += s.totals.active_seconds;
    if (s.local_start() >= r.last_played) {
        r.last_played = s.local_start();
        r.title = s.routine_title;
    }
    if (s.pain_before && s.pain_after) {
        Average& change = changes_[it->second];
        change.sum += *s.pain_after - *s.pain_before;
        ++change.count;
    }
}

std::vector<RoutineStats> RoutineStatsBuilder::finish() &&
{
    for (std::size_t i = 0; i < result_.size(); ++i) {
        if (changes_[i].count)
            result_[i].pain_change = changes_[i].sum / changes_[i].count;
    }
    std::sort(result_.begin(), result_.end(), [](const RoutineStats& a, const RoutineStats& b) {
        return a.sessions != b.sessions ? a.sessions > b.sessions : a.last_played > b.last_played;
    });
    return std::move(result_);
}

} // namespace unknot
