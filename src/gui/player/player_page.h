// The player: plays one session with the core SessionEngine against an injected clock. One
// single-shot QTimer, armed for the engine's next due instant or the next change on screen (at
// least once a second), calls advance(); the page only forwards the events (to the cue player and
// as signals, for the session log) and draws the engine's state, with the line the coach says.
// Keys: Space pause/resume, Right skip, Left back, Enter done, Esc stop (asks first), P this hurts
// (asks what now), I all the exercise's instructions, G the next guidance level, F11 full screen.
// The question and the instructions take the player's place while they are up, with the session
// paused.
#pragma once

#include "core/history/history_types.h"
#include "core/routine/routine.h"
#include "core/session/coach.h"
#include "core/session/session_engine.h"
#include "core/session/suspend_detector.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QSettings;
class QStackedLayout;
class QTimer;

namespace unknot::gui {

class ControlBar;
class CuePlayer;
class ExerciseInfoPanel;
class HurtsQuestion;
class IllustrationArea;
class PlayerView;
class ScreenInhibitor;
class SessionClock;

// Gives the cue player when the first session starts: connecting to the audio server and loading
// a speech engine cost start-up time and memory that browsing the library does not need. May
// return null (no sound, no voice).
using CueSource = std::function<CuePlayer*()>;

class PlayerPage : public QWidget {
    Q_OBJECT
public:
    // cues may be empty (no sound, no voice). clock, settings and what cues gives must outlive
    // the page.
    PlayerPage(SessionClock& clock, QSettings& settings, CueSource cues, QWidget* parent = nullptr);
    ~PlayerPage() override;

    // Plays `plan` from its first phase; a session under way is stopped first. `content` is the
    // routine as played with its exercises: with it the coach speaks the session
    // (core/session/coach.h) in the interface's language at the guidance level and speaking rate
    // set now, lengthening what needs it, and the player shows the instructions, stop conditions,
    // easier versions and red flags; without (empty) or with Coaching::off, it plays silent as
    // planned. Throws std::invalid_argument for a plan the engine refuses.
    enum class Coaching { on, off };
    void start(const QString& routine_id, SessionPlan plan, RoutineFile content = {},
               Coaching coaching = Coaching::on);
    bool playing() const; // started, not finished (paused counts)
    const SessionEngine* engine() const { return engine_.get(); }
    QString routine_id() const { return routine_id_; }
    const SessionClock& clock() const { return clock_; } // the clock events' times are on

    void toggle_pause();
    void back();
    void skip();
    void done();
    void hurts(); // asks what now: the easier version, skip the exercise, end the session
    void show_instructions(); // all of the exercise's instructions; again (or Esc) closes them
    void request_stop();      // asks to confirm (paused while asking); No keeps going
    void stop();

    // A question or panel over the session (stop? this hurts, the instructions) holds it still:
    // pause_for_question() pauses a running session and says whether it did;
    // resume_after_question(true) resumes it, so a session paused before stays paused.
    bool pause_for_question();
    void resume_after_question(bool paused_here);

    // Reads the settings again: sound, voice, volume, speaking voice and rate, text size.
    void reload_settings();
    // How much the coach says (cue_script.h); applies at once, and to how the next session is
    // planned.
    void set_guidance(GuidanceLevel level); // and remembers it in the settings
    void next_guidance_level();             // the G key
    GuidanceLevel guidance() const { return guidance_; }
    // The coach's options for a session started now.
    CoachOptions coach_options() const;

    // Catches up with the clock. The timer calls it; tests call it after moving a manual clock.
    void tick();
    // Where suspend detection reads CLOCK_BOOTTIME and CLOCK_MONOTONIC (tests fake a suspend).
    void set_clock_reader(std::function<ClockReading()> reader);

    IllustrationArea* illustration_slot() const;
    PlayerView* view() const { return view_; }
    ControlBar* controls() const { return controls_; }
    ScreenInhibitor* screen_inhibitor() const { return inhibitor_; } // awake while playing
    // Sessions take the whole screen (settings_keys::full_screen, which F11 in a session
    // changes) and give the window back as it was when they end. Off until the app turns it on.
    void set_full_screen_sessions(bool on) { full_screen_sessions_ = on; }
    HurtsQuestion* hurts_question() const { return hurts_question_; }
    ExerciseInfoPanel* info_panel() const { return info_panel_; }
    bool asking_hurts() const;
    bool showing_instructions() const;

signals:
    void session_started(const QString& routine_id);
    void session_event(const unknot::Event& event); // every engine event, in order
    void session_finished(unknot::SessionOutcome outcome);
    // "This hurts" was answered during `phase`, before the answer acts (for the session log).
    void hurt_answered(int phase, unknot::HurtChoice choice, const QString& variation);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool player_key(QKeyEvent* event); // false: not one of the player's keys
    void pause();
    void resume();
    void command(Events (SessionEngine::*action)(TimePoint));
    Events coached(const Events& events) const;
    void show_line(const Events& events);
    void handle(const Events& events, TimePoint now);
    void refresh(TimePoint now);
    void schedule(TimePoint now);
    bool paused_by_suspend();
    void connect_controls();
    int scaled_base_pixels(int page_height) const;
    void toggle_full_screen();
    void enter_session_screen(); // full screen when the setting says so
    void leave_session_screen(); // the window as it was before the session
    void apply_base_pixels(int pixels);
    void make_cues();
    void apply_cue_settings();
    void answer_hurts(HurtChoice choice);
    void stop_for_pain(HurtChoice choice, bool resume); // resume: the question paused it
    void take_easier_version();
    void close_overlay(); // back to the player from the question or the instructions
    const Exercise* exercise_of(const Phase& phase) const; // null: not in the content
    int phase_to_show() const;                             // the instructions are about it
    const Variation* easier_version_now() const;
    void show_cautions(TimePoint now);

    SessionClock& clock_;
    QSettings& settings_;
    CueSource cue_source_;
    CuePlayer* cues_ = nullptr; // made by cue_source_ when the first session starts
    std::unique_ptr<SessionEngine> engine_;
    QString routine_id_;
    TimePoint last_tick_{};
    SuspendDetector suspend_;
    std::function<ClockReading()> read_clocks_;
    int notice_phase_ = -1; // the notice stays while this phase lasts
    GuidanceLevel guidance_ = GuidanceLevel::full;
    int base_pixels_ = 0;
    double text_scale_ = 1.0; // the text size setting
    RoutineFile content_;
    int easier_step_ = -1;        // the routine step done as its easier version
    bool overlay_paused_ = false; // the question or the instructions paused the session
    QTimer* timer_;
    bool full_screen_sessions_ = false;
    std::optional<Qt::WindowStates> state_before_; // the window's, while a session changed it
    ScreenInhibitor* inhibitor_;
    QWidget* session_; // the view and the controls
    PlayerView* view_;
    ControlBar* controls_;
    HurtsQuestion* hurts_question_;
    ExerciseInfoPanel* info_panel_;
    QStackedLayout* stack_;
};

} // namespace unknot::gui

Q_DECLARE_METATYPE(unknot::Event)
Q_DECLARE_METATYPE(unknot::SessionOutcome)
