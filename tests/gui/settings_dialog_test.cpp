#include "core/routine/session_plan.h"
#include "gui/builtin_routines.h"
#include "gui/main_window.h"
#include "gui/player/cue_player.h"
#include "gui/player/player_page.h"
#include "gui/player/player_view.h"
#include "gui/player/session_clock.h"
#include "gui/settings/lead_in_setting.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings_keys.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <memory>

using namespace unknot;
namespace keys = gui::settings_keys;

namespace {

struct Cues {
    double volume = -1;
    QString voice = QStringLiteral("<unset>");
    double rate = -2;
};

class FakeSound : public gui::SoundOutput {
public:
    explicit FakeSound(Cues& cues) : cues_(cues) {}
    void play(gui::SoundCue) override {}
    void set_volume(double volume) override { cues_.volume = volume; }

private:
    Cues& cues_;
};

class FakeSpeech : public gui::SpeechOutput {
public:
    explicit FakeSpeech(Cues& cues) : cues_(cues) {}
    void say(const QString&) override {}
    void stop() override {}
    QStringList voices() const override { return {QStringLiteral("Anna"), QStringLiteral("Ben")}; }
    void set_voice(const QString& name) override { cues_.voice = name; }
    void set_rate(double rate) override { cues_.rate = rate; }

private:
    Cues& cues_;
};

class FixedClock : public gui::SessionClock {
public:
    TimePoint now() const override { return TimePoint{} + std::chrono::hours(1); }
};

struct Fixture {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QStringList opened;

    gui::SettingsEnvironment environment()
    {
        return {dir.path(),
                {QStringLiteral("Anna"), QStringLiteral("Ben")},
                true,
                true,
                [this](const QString& folder) {
                    opened << folder;
                    return true;
                },
                {},
                {}};
    }
};

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("the settings dialog shows the defaults when nothing is stored", "[gui][settings]")
{
    Fixture f;
    gui::SettingsDialog dialog(f.settings, f.environment());
    CHECK(child<QCheckBox>(dialog, "sound")->isChecked());
    CHECK(child<QSlider>(dialog, "volume")->value() == keys::volume.fallback);
    CHECK(child<QComboBox>(dialog, "voice_name")->currentText() == QStringLiteral("Default voice"));
    CHECK(child<QSpinBox>(dialog, "lead_in")->text() == QStringLiteral("As the routine says"));
    CHECK(child<QSpinBox>(dialog, "text_size")->value() == 100);
    CHECK(child<QCheckBox>(dialog, "ask_pain")->isChecked());
    CHECK(child<QSpinBox>(dialog, "weekly_goal")->text() == QStringLiteral("Automatic"));
    CHECK(child<QComboBox>(dialog, "first_day")->currentData().toInt() == 0);
    CHECK(child<QLineEdit>(dialog, "data_dir")->text() == QDir::toNativeSeparators(f.dir.path()));
}

TEST_CASE("changing settings in the dialog and pressing OK writes them", "[gui][settings]")
{
    Fixture f;
    gui::SettingsDialog dialog(f.settings, f.environment());
    dialog.show();
    QTest::mouseClick(child<QCheckBox>(dialog, "sound"), Qt::LeftButton);
    child<QSlider>(dialog, "volume")->setValue(35);
    child<QComboBox>(dialog, "voice_name")->setCurrentText(QStringLiteral("Ben"));
    child<QSlider>(dialog, "voice_rate")->setValue(-3);
    auto* lead_in = child<QSpinBox>(dialog, "lead_in");
    lead_in->setFocus();
    lead_in->selectAll();
    QTest::keyClicks(lead_in, QStringLiteral("20"));
    child<QSpinBox>(dialog, "text_size")->setValue(150);
    QTest::mouseClick(child<QCheckBox>(dialog, "ask_pain"), Qt::LeftButton);
    child<QSpinBox>(dialog, "weekly_goal")->setValue(4);
    child<QComboBox>(dialog, "first_day")->setCurrentIndex(7); // Sunday
    QTest::keyClick(&dialog, Qt::Key_Return);                  // OK is the default button
    CHECK(dialog.result() == QDialog::Accepted);

    QSettings reread(f.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CHECK_FALSE(keys::sound.read(reread));
    CHECK(keys::volume.read(reread) == 35);
    CHECK(keys::voice_name.read(reread) == QStringLiteral("Ben"));
    CHECK(keys::voice_rate.read(reread) == -3);
    CHECK(keys::lead_in.read(reread) == 20);
    CHECK(keys::text_size.read(reread) == 150);
    CHECK_FALSE(keys::ask_pain.read(reread));
    CHECK(keys::weekly_goal.read(reread) == 4);
    CHECK(keys::first_day_of_week.read(reread) == 7);
}

TEST_CASE("Cancel leaves the settings as they were", "[gui][settings]")
{
    Fixture f;
    keys::volume.write(f.settings, 60);
    gui::SettingsDialog dialog(f.settings, f.environment());
    CHECK(child<QSlider>(dialog, "volume")->value() == 60);
    child<QSlider>(dialog, "volume")->setValue(10);
    dialog.reject();
    CHECK(keys::volume.read(f.settings) == 60);
    CHECK_FALSE(f.settings.contains(keys::text_size.key()));
}

TEST_CASE("a mistyped or out-of-range setting reads as the default or the bound", "[gui][settings]")
{
    Fixture f;
    f.settings.setValue(keys::volume.key(), QStringLiteral("loud"));
    f.settings.setValue(keys::text_size.key(), 9999);
    f.settings.setValue(keys::first_day_of_week.key(), -4);
    gui::SettingsDialog dialog(f.settings, f.environment());
    CHECK(child<QSlider>(dialog, "volume")->value() == 80);
    CHECK(child<QSpinBox>(dialog, "text_size")->value() == 200);
    CHECK(child<QComboBox>(dialog, "first_day")->currentData().toInt() == 0);
}

TEST_CASE("Open Folder opens the data folder", "[gui][settings]")
{
    Fixture f;
    gui::SettingsDialog dialog(f.settings, f.environment());
    QTest::mouseClick(child<QPushButton>(dialog, "open_data_dir"), Qt::LeftButton);
    REQUIRE(f.opened.size() == 1);
    CHECK(f.opened.front() == f.dir.path());
}

TEST_CASE("the player reads volume, voice, rate and text size from the settings", "[gui][settings]")
{
    Fixture f;
    Cues cues;
    gui::CuePlayer player(std::make_unique<FakeSound>(cues), std::make_unique<FakeSpeech>(cues));
    FixedClock clock;
    gui::PlayerPage page(clock, f.settings, [&player] { return &player; });
    page.resize(1280, 800);
    page.show();
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    const Routine& routine = library.routines().front().routine;
    page.start(QString::fromStdString(routine.id), build_plan(routine, library.lookup()));
    CHECK(cues.volume == Approx(0.8));
    CHECK(cues.voice.isEmpty());
    CHECK(cues.rate == Approx(0.0));
    const int normal = page.view()->base_pixels();

    keys::volume.write(f.settings, 30);
    keys::voice_name.write(f.settings, QStringLiteral("Anna"));
    keys::voice_rate.write(f.settings, 5);
    keys::text_size.write(f.settings, 150);
    keys::sound.write(f.settings, false);
    page.reload_settings();
    CHECK(cues.volume == Approx(0.3));
    CHECK(cues.voice == QStringLiteral("Anna"));
    CHECK(cues.rate == Approx(0.5));
    CHECK_FALSE(player.sound_enabled());
    CHECK(page.view()->base_pixels() == Approx(normal * 1.5).margin(1));
}

TEST_CASE("the get-ready setting replaces each routine's lead-in, 0 keeps it", "[gui][settings]")
{
    Fixture f;
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    const Routine& routine = library.routines().front().routine;
    const auto first_lead_in = [&](const Routine& r) {
        const SessionPlan plan = build_plan(r, library.lookup());
        REQUIRE(plan.phases.front().kind == PhaseKind::lead_in);
        return plan.phases.front().planned_seconds;
    };
    CHECK(first_lead_in(gui::with_lead_in_setting(routine, &f.settings)) ==
          Approx(routine.lead_in_seconds));
    keys::lead_in.write(f.settings, 25);
    CHECK(first_lead_in(gui::with_lead_in_setting(routine, &f.settings)) == Approx(25));
    CHECK(gui::with_lead_in_setting(routine, nullptr).lead_in_seconds == routine.lead_in_seconds);
}

TEST_CASE("Edit has Settings on Ctrl+comma", "[gui][settings]")
{
    Fixture f;
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::MainWindow window(&library);
    window.set_settings(&f.settings, f.environment());
    auto* action = window.findChild<QAction*>(QStringLiteral("settings_action"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
}
