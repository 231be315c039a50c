// Sound and voice: what is said and played for the engine's events, and the remembered toggles.
#include "player_fixture.h"

#include "gui/player/control_bar.h"
#include "gui/player/cue_outputs.h"
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

// Waits in steps of a tenth of a second, as the player's timer would tick, until `phase` starts
// (or the session ends); returns what was said meanwhile, the stops left out.
QStringList play_until_phase(PlayerHarness& h, int phase)
{
    const int before = static_cast<int>(h.recorded.speech.size());
    for (int i = 0; i < 20'000 && h.page->playing() && h.phase() < phase; ++i) {
        h.wait(0.1);
        h.cues->poll();
    }
    QStringList said = h.recorded.speech.mid(before);
    said.removeAll(QStringLiteral("<stop>"));
    return said;
}

// True when `lines` holds `wanted` in this order (others may come between).
bool in_order(const QStringList& lines, const QStringList& wanted)
{
    int found = 0;
    for (const QString& line : lines)
        if (found < wanted.size() && line == wanted[found])
            ++found;
    return found == wanted.size();
}

Events due(std::initializer_list<CueItem> items)
{
    Events events;
    for (const CueItem& item : items) {
        Event event;
        event.kind = EventKind::cue_due;
        event.phase = 0;
        event.cue = item;
        events.push_back(event);
    }
    return events;
}

CueItem words(CueCategory category, std::string text)
{
    return CueItem{0, 1.0, category, std::move(text), std::nullopt};
}

} // namespace

TEST_CASE("the coach talks the person through the lead-in, the hold, the switch and the rest",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.start_coached();
    CHECK(h.recorded.sounds == std::vector<SoundCue>{SoundCue::phase_start});
    const QStringList lead_in = play_until_phase(h, 1);
    CHECK(lead_in == QStringList({QStringLiteral("Side stretch."), QStringLiteral("Left side."),
                                  QStringLiteral("Side stretch <b>first</b> instruction"),
                                  QStringLiteral("Stop if your <i>ribs</i> hurt.")}));
    CHECK(std::count(h.recorded.sounds.begin(), h.recorded.sounds.end(), SoundCue::tick) == 3);

    const QStringList hold = play_until_phase(h, 2);
    CHECK(in_order(hold, {QStringLiteral("Side stretch moves"), QStringLiteral("Halfway."),
                          QStringLiteral("Last five seconds.")}));
    CHECK(hold.contains(QStringLiteral("Side stretch cue"))); // a form cue in the long hold
    CHECK(has_sound(h.recorded, SoundCue::halfway));
    CHECK(h.recorded.sounds.back() == SoundCue::switch_sides);

    const QStringList switching = play_until_phase(h, 3);
    CHECK(switching == QStringList({QStringLiteral("Other side: right."),
                                    QStringLiteral("Side stretch <b>first</b> instruction")}));
    play_until_phase(h, 4);
    CHECK(h.recorded.sounds.back() == SoundCue::set_end);
    const QStringList rest = play_until_phase(h, 5);
    CHECK(rest ==
          QStringList({QStringLiteral("Rest."), QStringLiteral("Set 2 of 2 next, left side."),
                       QStringLiteral("Get ready: Side stretch <b>first</b> instruction")}));
    CHECK(h.cues->waiting() == 0); // nothing ever had to wait: the script keeps them apart
}

TEST_CASE("with the voice off the lead-in keeps its length, and the lines are still shown",
          "[gui][player][cues]")
{
    PlayerHarness voiced;
    voiced.start_coached();
    CHECK(voiced.page->engine()->plan().phases[0].planned_seconds > 5); // lengthened to fit
    PlayerHarness h;
    QTest::mouseClick(h.page->controls()->voice_toggle(), Qt::LeftButton);
    REQUIRE_FALSE(gui::settings_keys::voice.read(*h.settings));
    h.start_coached();
    CHECK(h.page->engine()->plan().phases[0].planned_seconds == 5);
    const QString name = QStringLiteral("Side stretch.");
    for (int i = 0; i < 20 && h.page->view()->instruction() != name; ++i)
        h.wait(0.1);
    CHECK(h.page->view()->instruction() == name);
    CHECK(spoken(h.recorded).isEmpty());
}

TEST_CASE("the player shows the line being said, and the instruction when none is",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.start_coached();
    gui::PlayerView* view = h.page->view();
    CHECK(view->instruction() == QStringLiteral("Side stretch <b>first</b> instruction"));
    const QString caution = QStringLiteral("Stop if your <i>ribs</i> hurt.");
    for (int i = 0; i < 300 && !h.recorded.speech.contains(caution); ++i)
        h.wait(0.1);
    CHECK(view->instruction() == caution);
    play_until_phase(h, 1); // a new phase: its instruction until the coach says something
    CHECK(view->instruction() == QStringLiteral("Side stretch <b>first</b> instruction"));
    for (int i = 0; i < 30 && !h.recorded.speech.contains(QStringLiteral("Side stretch moves"));
         ++i)
        h.wait(0.1);
    CHECK(view->instruction() == QStringLiteral("Side stretch moves"));
    CHECK(view->form_cue().isEmpty()); // the said line takes the room

    PlayerHarness plain;
    plain.start(); // without the coach: the instruction and the form cue, as before
    plain.wait(6.0);
    CHECK(plain.page->view()->instruction() ==
          QStringLiteral("Side stretch <b>first</b> instruction"));
    CHECK(plain.page->view()->form_cue() == QStringLiteral("Side stretch cue"));
}

TEST_CASE("paced alternating reps are counted with their side, then the session ends",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.start_coached();
    while (h.phase() < 11)
        QTest::keyClick(h.page.get(), Qt::Key_Right);
    const QStringList reps = play_until_phase(h, 13);
    CHECK(in_order(reps,
                   {QStringLiteral("Arm swing."),
                    QStringLiteral("Alternate sides, starting on the left."),
                    QStringLiteral("Arm swing moves"), QStringLiteral("3, left"),
                    QStringLiteral("4, right"), QStringLiteral("Well done. Session complete.")}));
    CHECK(h.recorded.sounds.back() == SoundCue::finished);
}

TEST_CASE("the guidance level filters what is said and played", "[gui][player][cues]")
{
    const auto heard = [](GuidanceLevel level) {
        PlayerHarness h;
        h.page->set_guidance(level);
        h.start_coached();
        play_until_phase(h, 3);
        return std::pair(spoken(h.recorded), h.recorded.sounds.size());
    };
    const auto [names, names_sounds] = heard(GuidanceLevel::names_and_counts);
    CHECK(in_order(names, {QStringLiteral("Side stretch."), QStringLiteral("Left side."),
                           QStringLiteral("Stop if your <i>ribs</i> hurt."),
                           QStringLiteral("Halfway."), QStringLiteral("Other side: right.")}));
    CHECK_FALSE(names.contains(QStringLiteral("Side stretch moves")));
    CHECK_FALSE(names.contains(QStringLiteral("Side stretch cue")));
    const auto [sounds, sound_count] = heard(GuidanceLevel::sounds_only);
    CHECK(sounds.isEmpty());
    CHECK(sound_count == names_sounds);
    const auto [silent, silent_sounds] = heard(GuidanceLevel::silent);
    CHECK(silent.isEmpty());
    CHECK(silent_sounds == 0);
}

TEST_CASE("G steps through the guidance levels, shows which, applies at once and is remembered",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.recorded.seconds_per_utterance = 1.0;
    h.start_coached();
    h.wait(0.4);
    REQUIRE(h.recorded.speech.last() == QStringLiteral("Side stretch."));
    QTest::keyClick(h.page.get(), Qt::Key_G);
    CHECK(h.page->guidance() == GuidanceLevel::names_and_counts);
    CHECK(h.page->view()->notice() == QStringLiteral("Guidance: Names and counts"));
    CHECK(gui::settings_keys::guidance.read(*h.settings) == GuidanceLevel::names_and_counts);
    QTest::keyClick(h.page.get(), Qt::Key_G);
    CHECK(h.page->guidance() == GuidanceLevel::sounds_only);
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>")); // silenced at once
    const auto said = h.recorded.speech.size();
    play_until_phase(h, 2);
    CHECK(h.recorded.speech.size() == said);
    QTest::keyClick(h.page.get(), Qt::Key_G);
    QTest::keyClick(h.page.get(), Qt::Key_G);
    CHECK(h.page->guidance() == GuidanceLevel::full); // after silent, full again
    CHECK(h.page->view()->notice() == QStringLiteral("Guidance: Full coaching"));

    h.settings->setValue(QStringLiteral("player/guidance"), QStringLiteral("sounds-only"));
    h.make_page(); // a new player reads the level from the settings
    CHECK(h.page->guidance() == GuidanceLevel::sounds_only);
    h.settings->setValue(QStringLiteral("player/guidance"), QStringLiteral("shout"));
    h.page->reload_settings();
    CHECK(h.page->guidance() == GuidanceLevel::full);
}

TEST_CASE("a lower level chosen mid-session applies at once", "[gui][player][cues]")
{
    PlayerHarness h;
    h.recorded.seconds_per_utterance = 1.0;
    h.start_coached();
    h.wait(0.4);
    REQUIRE(h.recorded.speech.last() == QStringLiteral("Side stretch."));
    h.page->set_guidance(GuidanceLevel::sounds_only);
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>"));
    const auto said = h.recorded.speech.size();
    play_until_phase(h, 2);
    CHECK(h.recorded.speech.size() == said);
}

TEST_CASE("pausing silences the voice at once, and resuming does not replay what was missed",
          "[gui][player][cues]")
{
    PlayerHarness h;
    h.recorded.seconds_per_utterance = 1.0;
    h.start_coached();
    h.wait(0.4);
    REQUIRE(h.recorded.speech.last() == QStringLiteral("Side stretch."));
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>"));
    const auto said = h.recorded.speech.size();
    h.wait(60.0);
    CHECK(h.recorded.speech.size() == said);
    QTest::keyClick(h.page.get(), Qt::Key_Space);
    CHECK(h.recorded.speech.size() == said); // nothing was due at the instant it resumed
    play_until_phase(h, 1);
    CHECK(h.recorded.speech.mid(static_cast<int>(said)).first() == QStringLiteral("Left side."));
}

TEST_CASE("skip and back stop the utterance under way", "[gui][player][cues]")
{
    PlayerHarness h;
    h.recorded.seconds_per_utterance = 1.0;
    h.start_coached();
    h.wait(0.4);
    QTest::keyClick(h.page.get(), Qt::Key_Right);
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>"));
    CHECK(h.phase() == 1);
    h.wait(0.4);
    CHECK(h.recorded.speech.last() == QStringLiteral("Side stretch moves"));
    QTest::keyClick(h.page.get(), Qt::Key_Left);
    CHECK(h.recorded.speech.last() == QStringLiteral("<stop>"));
    CHECK(h.phase() == 0);
}

TEST_CASE("speech due while the voice is busy waits, the most important first, and is dropped "
          "when it would be late",
          "[gui][player][cues]")
{
    test::ManualClock clock;
    test::Recorded recorded;
    recorded.seconds_per_utterance = 2.0;
    gui::CuePlayer player(nullptr, std::make_unique<test::RecordingSpeech>(recorded, clock),
                          nullptr, [&clock] { return clock.now(); });
    const SessionPlan plan;
    player.play(due({words(CueCategory::instruction, "Move")}), plan);
    clock.advance(0.5);
    player.play(due({words(CueCategory::form, "Form"), words(CueCategory::safety, "Stop if")}),
                plan);
    CHECK(recorded.speech == QStringList{QStringLiteral("Move")}); // never cut off
    CHECK(player.waiting() == 2);
    clock.advance(1.5);
    player.poll();
    CHECK(recorded.speech.last() == QStringLiteral("Stop if"));
    clock.advance(2.0);
    player.poll(); // "Form" has waited 3.5 s: too late to be of use
    CHECK(recorded.speech.last() == QStringLiteral("Stop if"));
    CHECK(player.waiting() == 0);
}

TEST_CASE("a stall plays only the newest phase's items", "[gui][player][cues]")
{
    test::Recorded recorded;
    gui::CuePlayer player(std::make_unique<test::RecordingSound>(recorded), nullptr);
    Events events = due({CueItem{0, 0.2, CueCategory::countdown, {}, CueSound::halfway}});
    Event started;
    started.kind = EventKind::phase_started;
    events.push_back(started);
    const Events next = due({CueItem{0, 0.2, CueCategory::countdown, {}, CueSound::set_end}});
    events.insert(events.end(), next.begin(), next.end());
    player.play(events, SessionPlan{});
    CHECK(recorded.sounds == std::vector<SoundCue>{SoundCue::set_end});
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

    h.start_coached();
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
