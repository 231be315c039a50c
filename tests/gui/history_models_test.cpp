// The history page's table models, checked by QAbstractItemModelTester and by what they show.
#include "core/history/history_stats.h"
#include "gui/history/routine_stats_model.h"
#include "gui/history/session_table_model.h"
#include "gui/history/step_table_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace unknot;
using namespace unknot::gui;
using namespace std::chrono;

namespace {

SessionRecord session(std::int64_t id, local_days day, minutes time_of_day, int offset)
{
    SessionRecord s;
    s.id = id;
    s.routine_id = "desk-reset";
    s.routine_title = "<b>Desk</b> reset";
    const local_seconds local = local_seconds{day} + time_of_day;
    s.started_at = sys_seconds{local.time_since_epoch()} - minutes{offset};
    s.utc_offset_minutes = offset;
    s.status = SessionStatus::completed;
    s.totals = {600, 90};
    s.pain_before = 6;
    s.pain_after = 3;
    return s;
}

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

constexpr local_days kMonday = local_days{2024y / June / 17};

} // namespace

TEST_CASE("the session table shows day, local time, routine, minutes, result and pain",
          "[history_models]")
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionRecord late = session(4, kMonday + days{6}, 23h + 50min, -240); // Monday in UTC
    late.status = SessionStatus::stopped;
    late.totals.active_seconds = 20;
    late.pain_after.reset();
    model.set_sessions({session(3, kMonday, 7h + 5min, 120), late});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == SessionTableModel::column_count);
    CHECK(text(model, 0, SessionTableModel::day).contains(QStringLiteral("17")));
    // Hours and minutes in the locale's way ("07:05", "7:05 AM"), without seconds.
    const QString morning = text(model, 0, SessionTableModel::time);
    CHECK(morning.contains(QStringLiteral("7:05")));
    CHECK_FALSE(morning.contains(QStringLiteral("7:05:00")));
    CHECK(text(model, 0, SessionTableModel::routine) == QStringLiteral("<b>Desk</b> reset"));
    CHECK(text(model, 0, SessionTableModel::minutes) == QStringLiteral("10 min"));
    CHECK(text(model, 0, SessionTableModel::result) == QStringLiteral("Completed"));
    CHECK(text(model, 0, SessionTableModel::pain) == QStringLiteral("6 → 3"));
    // The local day and time of the start, not UTC's.
    CHECK(text(model, 1, SessionTableModel::day).contains(QStringLiteral("23")));
    const QString night = text(model, 1, SessionTableModel::time);
    CHECK((night.contains(QStringLiteral("23:50")) || night.contains(QStringLiteral("11:50"))));
    CHECK(text(model, 1, SessionTableModel::result) == QStringLiteral("Stopped early"));
    CHECK(text(model, 1, SessionTableModel::pain) == QStringLiteral("6 → –"));
    // Too short to count: greyed, and the tool tip says why.
    CHECK(model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
    CHECK(model.data(model.index(1, 0), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Too short to count")));
    CHECK(model.data(model.index(1, 2), SessionTableModel::kSessionIdRole).toLongLong() == 4);
    CHECK(model.row_of(4) == 1);
    CHECK(model.row_of(99) == -1);

    model.set_notes(4, "new notes");
    CHECK(model.find(4)->notes == "new notes");
    model.set_sessions({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the step table shows sides, sets, targets and what was done", "[history_models]")
{
    StepTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    StepRecord hold;
    hold.exercise_name = "Thoracic extension";
    hold.kind = StepKind::hold;
    hold.side = StepSide::left;
    hold.set = 2;
    hold.sets = 3;
    hold.target_seconds = 30;
    hold.active_seconds = 29.6;
    StepRecord reps;
    reps.exercise_name = "Wall angels";
    reps.kind = StepKind::reps;
    reps.target_reps = 10;
    reps.reps_done = 1;
    reps.outcome = StepOutcome::stopped_for_pain;
    StepRecord skipped = reps;
    skipped.outcome = StepOutcome::skipped;
    skipped.reps_done.reset();
    skipped.active_seconds = 0;
    model.set_steps({hold, reps, skipped});
    REQUIRE(model.rowCount() == 3);
    CHECK(text(model, 0, StepTableModel::exercise) == QStringLiteral("Thoracic extension"));
    CHECK(text(model, 0, StepTableModel::side) == QStringLiteral("Left"));
    CHECK(text(model, 0, StepTableModel::set) == QStringLiteral("2 of 3"));
    CHECK(text(model, 0, StepTableModel::target) == QStringLiteral("30 s"));
    CHECK(text(model, 0, StepTableModel::actual) == QStringLiteral("30 s"));
    CHECK(text(model, 0, StepTableModel::outcome) == QStringLiteral("Done"));
    CHECK(text(model, 1, StepTableModel::set).isEmpty());
    CHECK(text(model, 1, StepTableModel::target) == QStringLiteral("10 reps"));
    CHECK(text(model, 1, StepTableModel::actual) == QStringLiteral("1 rep"));
    CHECK(text(model, 1, StepTableModel::outcome) == QStringLiteral("Stopped for pain"));
    CHECK(text(model, 2, StepTableModel::actual) == QStringLiteral("0 s"));
    CHECK(text(model, 2, StepTableModel::outcome) == QStringLiteral("Skipped"));
}

TEST_CASE("the step table says what was chosen after \"this hurts\" and the easier version",
          "[history_models]")
{
    StepTableModel model;
    StepRecord skipped;
    skipped.exercise_name = "Wall angels";
    skipped.outcome = StepOutcome::stopped_for_pain;
    skipped.hurt_choice = HurtChoice::skip;
    StepRecord ended = skipped;
    ended.hurt_choice = HurtChoice::end_session;
    StepRecord easier;
    easier.exercise_name = "Chest stretch";
    easier.hurt_choice = HurtChoice::easier;
    easier.variation = "With a <b>towel</b>";
    StepRecord after = easier; // the other side, done the easier way too
    after.hurt_choice.reset();
    model.set_steps({skipped, ended, easier, after});
    CHECK(text(model, 0, StepTableModel::outcome) ==
          QStringLiteral("Stopped for pain: skipped the exercise"));
    CHECK(text(model, 1, StepTableModel::outcome) ==
          QStringLiteral("Stopped for pain: ended the session"));
    CHECK(text(model, 2, StepTableModel::outcome) ==
          QStringLiteral("Done after it hurt · easier version: With a <b>towel</b>"));
    CHECK(text(model, 3, StepTableModel::outcome) ==
          QStringLiteral("Done · easier version: With a <b>towel</b>"));
}

TEST_CASE("the routine table shows sessions, minutes, last played and pain change",
          "[history_models]")
{
    RoutineStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionRecord a = session(1, kMonday, 8h, 120);
    SessionRecord b = session(2, kMonday + days{2}, 8h, 120);
    b.pain_after = 5;
    SessionRecord other = session(3, kMonday + days{3}, 8h, 120);
    other.routine_id = "other";
    other.routine_title = "Other";
    other.pain_before.reset();
    const std::vector<SessionRecord> sessions{a, b, other};
    model.set_stats(routine_stats(sessions));
    REQUIRE(model.rowCount() == 2);
    CHECK(text(model, 0, RoutineStatsModel::sessions) == QStringLiteral("2"));
    CHECK(text(model, 0, RoutineStatsModel::minutes) == QStringLiteral("20 min"));
    CHECK(text(model, 0, RoutineStatsModel::last_played) == QStringLiteral("19 Jun 2024"));
    CHECK(text(model, 0, RoutineStatsModel::pain_change) == QStringLiteral("−2.0"));
    CHECK(text(model, 1, RoutineStatsModel::pain_change) == QStringLiteral("–"));
    CHECK(model.data(model.index(1, RoutineStatsModel::pain_change), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("No session")));
}

TEST_CASE("the history tables' headers name their columns, in the order of their Column enums",
          "[history_models]")
{
    const auto headers = [](const QAbstractItemModel& model) {
        QStringList titles;
        for (int column = 0; column < model.columnCount(); ++column)
            titles << model.headerData(column, Qt::Horizontal).toString();
        return titles;
    };
    SessionTableModel sessions;
    CHECK(sessions.columnCount() == SessionTableModel::column_count);
    CHECK(headers(sessions)[SessionTableModel::minutes] == QStringLiteral("Exercise"));
    CHECK(headers(sessions)[SessionTableModel::pain] == QStringLiteral("Pain"));
    CHECK(sessions.headerData(SessionTableModel::pain, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("0 to 10")));
    StepTableModel steps;
    CHECK(steps.columnCount() == StepTableModel::column_count);
    CHECK(headers(steps).join(u',') == QStringLiteral("Exercise,Side,Set,Target,Done,Result"));
    RoutineStatsModel routines;
    CHECK(routines.columnCount() == RoutineStatsModel::column_count);
    CHECK(headers(routines).join(u',') ==
          QStringLiteral("Routine,Sessions,Exercise,Last played,Pain change"));
}
