// Sound and voice: what is said and played for the engine's events, and the remembered toggles.
#include "player_fixture.h"

#include "gui/player/control_bar.h"
#include "gui/player/cue_outputs.h"
#include "gui/player/cue_script.h"
#include "gui/settings_keys.h"

#include <QCheckBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using gui::SoundCue;
using test::PlayerHarness;

namespace {

bool has_sound(const test::Recorded& r, SoundCue cue)
{
    return std::find(r.sounds.begin(), r.sounds.end(), cue) != r.sounds.end();
}

QStringList spoken(const test::Recorded& r)
{
    QStringList words = r.speech;
    words.removeAll(QStringLiteral("<stop>"));
    return words;
}

} // namespace

TEST_CASE("the voice names the exercise and side, counts down and says switch sides and rest",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.start();
    CHECK(h.recorded.speech == QStringList{QStringLiteral("Get ready: Side stretch, left side")});
    CHECK(h.recorded.sounds == std::vector<SoundCue>{SoundCue::phase_start});
    h.wait(2.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("3"));
    h.wait(1.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("2"));
    h.wait(1.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("1"));
    CHECK(h.recorded.sounds.back() == SoundCue::tick);
    h.wait(1.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("Side stretch, set 1, left side"));
    h.wait(15.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("Halfway"));
    h.wait(15.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("Switch sides"));
    CHECK(h.recorded.sounds.back() == SoundCue::switch_sides);
    h.wait(5.0 + 30.0);
    CHECK(h.recorded.speech.last() ==
          QStringLiteral("Rest. Next: Side stretch, left side")); // set 2 after the rest
}

TEST_CASE("paced reps are counted aloud with their side when they alternate", "[gui][player][cues]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 11; ++i)
        h.page->skip();
    h.wait(5.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("Arm swing. 1, left side"));
    h.wait(2.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("2, right side"));
    CHECK(h.recorded.sounds.back() == SoundCue::tick);
    h.wait(6.0);
    CHECK(h.recorded.speech.last() == QStringLiteral("Well done. Session complete."));
    CHECK(h.recorded.sounds.back() == SoundCue::finished);
}

TEST_CASE("self-paced reps announce the target, pausing stops the voice", "[gui][player][cues]")
{
    PlayerHarness h;
    h.start();
    for (int i = 0; i < 10; ++i)
        h.page->skip();
    CHECK(h.recorded.speech.last() == QStringLiteral("Press-up, 8 reps"));
    h.page->toggle_pause();
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>"));
}

TEST_CASE("a stall reports only the newest phase's cues", "[gui][player][cues]")
{
    const SessionPlan plan = test::PlayerRoutine().plan();
    SessionEngine engine(plan);
    const TimePoint t0{};
    engine.start(t0);
    const Events late = engine.advance(t0 + to_duration(5.0 + 30.0 + 1.0)); // in the switch
    const gui::CueScript script = gui::script_for(late, plan);
    CHECK(script.speech == QStringLiteral("Switch sides"));
    CHECK(script.sound == SoundCue::switch_sides);
}

TEST_CASE("sound and voice toggles mute their output and are remembered", "[gui][player][cues]")
{
    PlayerHarness h;
    gui::ControlBar* controls = h.page->controls();
    CHECK(controls->sound_toggle()->isChecked());
    CHECK(controls->voice_toggle()->isChecked());
    QTest::mouseClick(controls->voice_toggle(), Qt::LeftButton);
    CHECK_FALSE(controls->voice_toggle()->isChecked());
    CHECK(h.settings->value(gui::settings_keys::voice_enabled()).toBool() == false);

    h.start();
    CHECK(spoken(h.recorded).isEmpty());
    CHECK(has_sound(h.recorded, SoundCue::phase_start));

    QTest::mouseClick(controls->sound_toggle(), Qt::LeftButton);
    h.recorded.sounds.clear();
    h.wait(5.0);
    CHECK(h.recorded.sounds.empty());
    CHECK(spoken(h.recorded).isEmpty());

    h.settings->sync();
    h.make_page(); // a new player reads the same settings
    CHECK_FALSE(h.page->controls()->sound_toggle()->isChecked());
    CHECK_FALSE(h.page->controls()->voice_toggle()->isChecked());
    h.start(); // its cue player is made now, with those settings
    CHECK_FALSE(h.cues->sound_enabled());
    CHECK_FALSE(h.cues->voice_enabled());
}

TEST_CASE("without sound or voice the toggles are disabled and the session plays the same",
          "[gui][player][cues]")
{
    PlayerHarness h;
    gui::CuePlayer silent(nullptr, nullptr);
    gui::PlayerPage page(h.clock, *h.settings, [&silent] { return &silent; });
    page.start(QStringLiteral("player-test"), test::PlayerRoutine().plan());
    CHECK_FALSE(page.controls()->sound_toggle()->isEnabled());
    CHECK_FALSE(page.controls()->voice_toggle()->isEnabled());
    h.clock.advance(5.0);
    page.tick();
    CHECK(page.engine()->phase_index() == 1);
    CHECK(page.view()->countdown()->big_text() == QStringLiteral("30"));
}

// Connecting to the audio server and loading a speech engine cost start-up time and memory.
TEST_CASE("the cue player is made when the first session starts, once", "[gui][player][cues]")
{
    PlayerHarness h;
    gui::CuePlayer silent(nullptr, nullptr);
    int made = 0;
    gui::PlayerPage page(h.clock, *h.settings, [&] {
        ++made;
        return &silent;
    });
    page.reload_settings();
    CHECK(made == 0);
    CHECK(page.controls()->sound_toggle()->isEnabled()); // not known yet: shown as available
    page.start(QStringLiteral("player-test"), test::PlayerRoutine().plan());
    CHECK(made == 1);
    CHECK_FALSE(page.controls()->sound_toggle()->isEnabled());
    page.stop();
    page.start(QStringLiteral("player-test"), test::PlayerRoutine().plan());
    CHECK(made == 1);
}

TEST_CASE("the sound and voice module loads from its folder, without it the player is silent",
          "[gui][player][cues]")
{
    const gui::CueOutputFactory* outputs = gui::load_cue_outputs(
        {QStringLiteral("/nonexistent"), QStringLiteral(UNKNOT_CUE_MODULE_BUILD_DIR)});
    REQUIRE(outputs);
    // This machine may have no audio device: the module then makes no sound output.
    const gui::CuePlayer player(outputs->make_sound_output({}), nullptr);
    CHECK(player.has_sound() == outputs->have_audio_output());

    CHECK(gui::load_cue_outputs({QStringLiteral("/nonexistent")}) == nullptr);
}
