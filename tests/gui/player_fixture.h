// A player on a manual clock, a small routine with every kind of phase, and recording cue outputs.
#pragma once

#include "catch_qt.h"
#include "core/routine/session_plan.h"
#include "gui/player/countdown_display.h"
#include "gui/player/cue_player.h"
#include "gui/player/phase_header.h"
#include "gui/player/player_page.h"
#include "gui/player/player_view.h"
#include "gui/player/session_clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace unknot::test {

class ManualClock : public gui::SessionClock {
public:
    TimePoint now() const override { return now_; }
    void advance(double seconds) { now_ += to_duration(seconds); }

private:
    TimePoint now_ = TimePoint{} + std::chrono::hours(1);
};

struct Recorded {
    std::vector<gui::SoundCue> sounds;
    QStringList speech;
    double seconds_per_utterance = 0; // how long the fake voice is busy after each say()
};

class RecordingSound : public gui::SoundOutput {
public:
    explicit RecordingSound(Recorded& out) : out_(out) {}
    void play(gui::SoundCue cue) override { out_.sounds.push_back(cue); }

private:
    Recorded& out_;
};

// Speaks on `clock`: busy for Recorded::seconds_per_utterance after each say().
class RecordingSpeech : public gui::SpeechOutput {
public:
    RecordingSpeech(Recorded& out, const gui::SessionClock& clock) : out_(out), clock_(clock) {}
    void say(const QString& text) override
    {
        out_.speech << text;
        until_ = clock_.now() + to_duration(out_.seconds_per_utterance);
    }
    void stop() override
    {
        out_.speech << QStringLiteral("<stop>");
        until_ = clock_.now();
    }
    bool speaking() const override { return clock_.now() < until_; }
    std::optional<TimePoint> expected_end() const override
    {
        return speaking() ? std::optional(until_) : std::nullopt;
    }

private:
    Recorded& out_;
    const gui::SessionClock& clock_;
    TimePoint until_{};
};

inline Exercise player_exercise(std::string id, std::string name, Sides sides)
{
    Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.instructions = {e.name + " <b>first</b> instruction", e.name + " moves"};
    e.cues = {e.name + " cue"};
    e.cautions = {"Stop if " + e.name + " hurts."};
    e.sides = sides;
    return e;
}

// Phases: 0 lead-in 5 s, 1 hold left 30 s (set 1 of 2), 2 switch 5 s, 3 hold right 30 s,
// 4 rest between sets 10 s, 5 hold left (set 2), 6 switch, 7 hold right, 8 rest after 15 s,
// 9 lead-in, 10 self-paced reps ×8, 11 lead-in, 12 paced alternating reps 4 × 2 s.
// The side stretch has two stop conditions and an easier version, the press-up one stop
// condition and no easier version, the arm swing neither.
struct PlayerRoutine {
    std::vector<Exercise> exercises{
        player_exercise("side-stretch", "Side stretch", Sides::each),
        player_exercise("press-up", "Press-up", Sides::none),
        player_exercise("arm-swing", "Arm swing", Sides::alternate),
    };
    Routine routine;

    PlayerRoutine()
    {
        exercises[0].cautions = {"Stop if your <i>ribs</i> hurt.", "Stop if you feel dizzy."};
        exercises[0].variations = {{"Seated", "Sit on a chair & lean only a little."}};
        exercises[1].cautions = {"Stop if your wrists hurt."};
        exercises[2].cautions = {};
        routine.red_flags.professional = {"The pain is still there after <b>two</b> weeks."};
        routine.id = "player-test";
        routine.title = "Player test";
        routine.lead_in_seconds = 5;
        Step hold;
        hold.kind = StepKind::hold;
        hold.exercise = "side-stretch";
        hold.hold_seconds = 30;
        hold.sets = 2;
        hold.rest_between_sets = 10;
        hold.rest_after = 15;
        Step self_paced;
        self_paced.kind = StepKind::reps;
        self_paced.exercise = "press-up";
        self_paced.reps = 8;
        Step paced;
        paced.kind = StepKind::reps;
        paced.exercise = "arm-swing";
        paced.reps = 4;
        paced.tempo = 2.0;
        routine.steps = {hold, self_paced, paced};
    }

    SessionPlan plan() const
    {
        return build_plan(routine, [this](std::string_view id) -> const Exercise* {
            for (const Exercise& e : exercises)
                if (e.id == id)
                    return &e;
            return nullptr;
        });
    }
};

// A player page with everything it needs; settings live in a temporary INI file.
struct PlayerHarness {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    ManualClock clock;
    Recorded recorded;
    std::unique_ptr<gui::CuePlayer> cues;
    std::unique_ptr<gui::PlayerPage> page;
    std::vector<Event> events;
    std::vector<SessionOutcome> finished;

    PlayerHarness()
        : settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat))
    {
        make_page();
    }

    void make_page()
    {
        page.reset();
        cues = std::make_unique<gui::CuePlayer>(std::make_unique<RecordingSound>(recorded),
                                                std::make_unique<RecordingSpeech>(recorded, clock),
                                                nullptr, [this] { return clock.now(); });
        page = std::make_unique<gui::PlayerPage>(clock, *settings, [c = cues.get()] { return c; });
        QObject::connect(page.get(), &gui::PlayerPage::session_event,
                         [this](const Event& e) { events.push_back(e); });
        QObject::connect(page.get(), &gui::PlayerPage::session_finished,
                         [this](SessionOutcome o) { finished.push_back(o); });
        page->resize(1280, 760);
    }

    // Plays the routine as planned, without the coach (no cues), with its texts on screen.
    void start()
    {
        page->show();
        const PlayerRoutine player;
        page->start(QStringLiteral("player-test"), player.plan(),
                    RoutineFile{player.exercises, player.routine}, gui::PlayerPage::Coaching::off);
    }

    // Plays the routine coached, as the session flow does.
    void start_coached()
    {
        const PlayerRoutine routine;
        const RoutineFile source{routine.exercises, routine.routine};
        page->show();
        page->start(QStringLiteral("player-test"), routine.plan(), source);
    }

    // Moves the manual clock and lets the player catch up, as its timer would.
    void wait(double seconds)
    {
        clock.advance(seconds);
        page->tick();
    }

    int phase() const { return page->engine()->phase_index(); }
    gui::PhaseHeader* header() const { return page->view()->header(); }
    QString big_number() const { return page->view()->countdown()->big_text(); }
    QString caption() const { return page->view()->countdown()->caption(); }
};

// Presses `button` in the next message box that opens (call just before what opens it); runs
// `while_open` first, with the box up.
inline void answer_next_message_box(QMessageBox::StandardButton button, QString* text = nullptr,
                                    std::function<void()> while_open = {}, int tries = 50)
{
    QTimer::singleShot(0, [button, text, while_open, tries] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0) // not open yet: look again
                answer_next_message_box(button, text, while_open, tries - 1);
            return;
        }
        if (text)
            *text = box->text();
        if (while_open)
            while_open();
        box->button(button)->click();
    });
}

} // namespace unknot::test
