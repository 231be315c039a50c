// A history file in a temporary folder, sessions at chosen local times, and the history page on
// a fixed "now" (Wednesday 19 June 2024, 12:00 local), shown offscreen and active.
#pragma once

#include "core/history/history_store.h"
#include "gui/history/history_page.h"
#include "gui/settings_keys.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace unknot::test {

using namespace std::chrono_literals;
using std::chrono::June;
using std::chrono::local_days;
using std::chrono::minutes;

inline constexpr local_days kThisMonday = local_days{std::chrono::year{2024} / June / 17};

struct SessionSpec {
    local_days day = kThisMonday;
    minutes time_of_day = 8h;
    int offset_minutes = 120;
    std::string routine_id = "desk-reset";
    std::string title = "Desk reset";
    std::optional<int> pain_before = 6;
    std::optional<int> pain_after = 3;
    int steps = 3;
    std::string notes{};
    SessionStatus status = SessionStatus::completed;
    double active_seconds = 600;
    std::vector<StepRecord> extra_steps{}; // after the three above
};

struct HistoryFixture {
    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    QSettings settings;
    local_seconds now = local_seconds{local_days{kThisMonday + std::chrono::days{2}}} + 12h;
    std::unique_ptr<gui::HistoryPage> page;

    HistoryFixture() : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    {
        REQUIRE(dir.isValid());
        OpenResult opened =
            HistoryStore::open(dir.filePath(QStringLiteral("h.sqlite3")).toStdString());
        REQUIRE(opened.store);
        store = std::move(opened.store);
        settings.setValue(gui::settings_keys::history_first_day_of_week(), 1); // Monday
    }

    std::int64_t record(const SessionSpec& spec)
    {
        const local_seconds local = local_seconds{spec.day} + spec.time_of_day;
        SessionStart start;
        start.routine_id = spec.routine_id;
        start.routine_title = spec.title;
        start.snapshot = "{}";
        start.started_at = sys_seconds{local.time_since_epoch()} - minutes{spec.offset_minutes};
        start.utc_offset_minutes = spec.offset_minutes;
        start.pain_before = spec.pain_before;
        const auto id = store->begin_session(start);
        REQUIRE(id.ok());
        for (int i = 0; i < spec.steps; ++i) {
            StepRecord step;
            step.exercise_id = "ex-" + std::to_string(i);
            step.exercise_name = i == 1 ? "Wall angels" : "Thoracic extension";
            step.kind = i == 1 ? StepKind::reps : StepKind::hold;
            if (i == 1) {
                step.target_reps = 10;
                step.reps_done = 8;
            } else {
                step.target_seconds = 30;
            }
            step.active_seconds = 30;
            step.outcome = i == 2 ? StepOutcome::stopped_for_pain : StepOutcome::done;
            step.finished_at = start.started_at + minutes{i + 1};
            REQUIRE(store->add_step(id.value, step, {30.0 * (i + 1), 0}));
        }
        for (StepRecord step : spec.extra_steps) {
            step.finished_at = start.started_at + 5min;
            REQUIRE(store->add_step(id.value, step, {150, 0}));
        }
        SessionEnd end;
        end.status = spec.status;
        end.ended_at = start.started_at + 12min;
        end.totals = {spec.active_seconds, 120};
        end.pain_after = spec.pain_after;
        end.notes = spec.notes;
        REQUIRE(store->finish_session(id.value, end));
        return id.value;
    }

    gui::HistoryPage& open_page()
    {
        page = std::make_unique<gui::HistoryPage>(store.get(), settings, [this] { return now; });
        page->resize(1200, 760);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
        return *page;
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : page.get();
        QTest::keyClick(target, key, modifiers);
    }
};

} // namespace unknot::test
