#include "gui/player/player_page.h"

#include "core/routine/side_text.h"
#include "core/routine/translated.h"
#include "gui/desktop/screen_inhibitor.h"
#include "gui/player/caution_line.h"
#include "gui/player/coach_options.h"
#include "gui/player/control_bar.h"
#include "gui/player/cue_player.h"
#include "gui/player/exercise_info_panel.h"
#include "gui/player/hurts_question.h"
#include "gui/player/phase_text.h"
#include "gui/player/player_fonts.h"
#include "gui/player/player_view.h"
#include "gui/player/red_flags_panel.h"
#include "gui/player/session_clock.h"
#include "gui/settings_keys.h"
#include "gui/text.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace unknot::gui {

namespace {

constexpr double kWatchSeconds = 1.0; // the longest the timer sleeps while a session runs

// Clock seconds until the big number next changes (it shows whole seconds, rounded up).
std::optional<double> until_display_changes(const SessionEngine& engine, TimePoint now)
{
    const std::optional<double> remaining = engine.remaining_seconds(now);
    if (!remaining)
        return std::nullopt;
    return *remaining - (std::ceil(*remaining - 1e-9) - 1.0);
}

} // namespace

namespace {

// The routine's own lines to know or have ready before the first exercise, in the interface's
// language where the routine is translated.
QStringList before_you_start_lines(const RoutineFile& content)
{
    if (!content.routine)
        return {};
    const Routine shown = translated(*content.routine, spoken_language().toStdString());
    return qs(shown.check_first) + qs(shown.before_you_start);
}

} // namespace

PlayerPage::PlayerPage(SessionClock& clock, QSettings& settings, CueSource cues, QWidget* parent)
    : QWidget(parent), clock_(clock), settings_(settings), cue_source_(std::move(cues)),
      read_clocks_(read_system_clocks), timer_(new QTimer(this)),
      inhibitor_(new ScreenInhibitor(this)), session_(new QWidget(this)),
      view_(new PlayerView(session_)), controls_(new ControlBar(session_)),
      hurts_question_(new HurtsQuestion(this)), info_panel_(new ExerciseInfoPanel(this)),
      stack_(new QStackedLayout)
{
    setObjectName(QStringLiteral("player"));
    setAccessibleName(tr("Player"));
    setFocusPolicy(Qt::NoFocus); // its buttons take the focus, and a click leaves it there
    timer_->setSingleShot(true);
    timer_->setTimerType(Qt::PreciseTimer);
    connect(timer_, &QTimer::timeout, this, &PlayerPage::tick);
    auto* session_layout = new QVBoxLayout(session_);
    session_layout->setContentsMargins(0, 0, 0, 0);
    session_layout->setSpacing(12);
    session_layout->addWidget(view_, 1);
    session_layout->addWidget(controls_);
    stack_->addWidget(session_);
    stack_->addWidget(hurts_question_);
    stack_->addWidget(info_panel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(stack_);
    for (QWidget* control : controls_->controls())
        control->installEventFilter(this);
    connect_controls();
    reload_settings();
}

PlayerPage::~PlayerPage() = default;

void PlayerPage::connect_controls()
{
    connect(controls_, &ControlBar::pause_clicked, this, &PlayerPage::toggle_pause);
    connect(controls_, &ControlBar::back_clicked, this, &PlayerPage::back);
    connect(controls_, &ControlBar::skip_clicked, this, &PlayerPage::skip);
    connect(controls_, &ControlBar::done_clicked, this, &PlayerPage::done);
    connect(controls_, &ControlBar::hurts_clicked, this, &PlayerPage::hurts);
    connect(controls_, &ControlBar::info_clicked, this, &PlayerPage::show_instructions);
    connect(hurts_question_, &HurtsQuestion::answered, this, &PlayerPage::answer_hurts);
    connect(hurts_question_, &HurtsQuestion::cancelled, this, [this] {
        if (cues_)
            cues_->silence();
        close_overlay();
        resume_after_question(std::exchange(overlay_paused_, false));
    });
    connect(info_panel_, &ExerciseInfoPanel::close_requested, this, &PlayerPage::show_instructions);
    connect(info_panel_, &ExerciseInfoPanel::hurts_requested, this, &PlayerPage::hurts);
    connect(controls_, &ControlBar::stop_clicked, this, &PlayerPage::request_stop);
    connect(controls_, &ControlBar::sound_toggled, this, [this](bool on) {
        settings_keys::sound.write(settings_, on);
        if (cues_)
            cues_->set_sound_enabled(on);
    });
    connect(controls_, &ControlBar::voice_toggled, this, [this](bool on) {
        settings_keys::voice.write(settings_, on);
        if (cues_)
            cues_->set_voice_enabled(on);
    });
}

void PlayerPage::reload_settings()
{
    guidance_ = settings_keys::guidance.read(settings_);
    apply_cue_settings();
    text_scale_ = settings_keys::text_size.read(settings_) / 100.0;
    apply_base_pixels(scaled_base_pixels(isVisible() ? height() : 720));
}

void PlayerPage::make_cues()
{
    if (cues_ || !cue_source_)
        return;
    cues_ = std::exchange(cue_source_, nullptr)();
    apply_cue_settings();
}

// Before the cue player is made, the toggles show the settings as if sound and voice worked.
void PlayerPage::apply_cue_settings()
{
    namespace keys = settings_keys;
    const bool sound = keys::sound.read(settings_);
    const bool voice = keys::voice.read(settings_);
    if (cues_) {
        cues_->set_guidance(guidance_);
        cues_->set_sound_enabled(sound);
        cues_->set_voice_enabled(voice);
        cues_->set_volume(keys::volume.read(settings_) / 100.0);
        cues_->set_voice(keys::voice_name.read(settings_));
        cues_->set_rate(keys::voice_rate.read(settings_) / 10.0);
    }
    const bool pending = cue_source_ != nullptr;
    controls_->set_sound(sound, pending || (cues_ && cues_->has_sound()));
    controls_->set_voice(voice, pending || (cues_ && cues_->has_voice()));
}

int PlayerPage::scaled_base_pixels(int page_height) const
{
    return static_cast<int>(std::lround(player_base_pixels(page_height) * text_scale_));
}

// Phases lengthen only for what will be said: with the voice off, nothing is.
CoachOptions PlayerPage::coach_options() const
{
    GuidanceLevel level = guidance_;
    if (!settings_keys::voice.read(settings_) && speaks(level, CueCategory::announcement))
        level = GuidanceLevel::sounds_only;
    return gui::coach_options(settings_, level);
}

void PlayerPage::set_guidance(GuidanceLevel level)
{
    guidance_ = level;
    settings_keys::guidance.write(settings_, level);
    if (cues_)
        cues_->set_guidance(level);
}

// G: the next level, at once, said on screen until the phase ends.
void PlayerPage::next_guidance_level()
{
    set_guidance(next_guidance(guidance_));
    view_->set_notice(tr("Guidance: %1").arg(guidance_label(guidance_)));
    notice_phase_ = playing() ? engine_->phase_index() : -1;
}

void PlayerPage::start(const QString& routine_id, SessionPlan plan, RoutineFile content,
                       Coaching coaching)
{
    CueScript script;
    if (coaching == Coaching::on && !content.exercises.empty()) {
        const ExerciseLookup lookup = [&content](std::string_view id) -> const Exercise* {
            const auto found = std::find_if(content.exercises.begin(), content.exercises.end(),
                                            [id](const Exercise& e) { return e.id == id; });
            return found == content.exercises.end() ? nullptr : &*found;
        };
        CoachedSession coached = coach_session(std::move(plan), content.routine.value_or(Routine{}),
                                               lookup, coach_options());
        plan = std::move(coached.plan);
        script = std::move(coached.script);
    }
    // may throw: nothing changed
    auto engine = std::make_unique<SessionEngine>(std::move(plan), std::move(script));
    if (playing())
        stop();
    close_overlay();
    overlay_paused_ = false;
    engine_ = std::move(engine);
    content_ = std::move(content);
    easier_step_ = -1;
    view_->set_easier_version(-1, {});
    view_->set_before_you_start(before_you_start_lines(content_));
    make_cues();
    routine_id_ = routine_id;
    suspend_.reset();
    notice_phase_ = -1;
    view_->set_notice({});
    emit session_started(routine_id_);
    enter_session_screen();
    last_tick_ = clock_.now();
    handle(engine_->start(last_tick_), last_tick_);
    controls_->pause_button()->setFocus(Qt::OtherFocusReason); // shows where Space acts
}

bool PlayerPage::playing() const
{
    return engine_ && engine_->started() && !engine_->finished();
}

void PlayerPage::toggle_pause()
{
    if (!playing())
        return;
    if (engine_->paused())
        resume();
    else
        pause();
}

void PlayerPage::pause()
{
    if (cues_)
        cues_->silence();
    command(&SessionEngine::pause);
}

void PlayerPage::resume()
{
    suspend_.reset();
    view_->set_notice({});
    command(&SessionEngine::resume);
}

bool PlayerPage::pause_for_question()
{
    if (!playing() || engine_->paused())
        return false;
    pause();
    return true;
}

void PlayerPage::resume_after_question(bool paused_here)
{
    if (paused_here && playing() && engine_->paused())
        resume();
}

void PlayerPage::back()
{
    if (playing() && cues_)
        cues_->silence();
    command(&SessionEngine::back);
}

void PlayerPage::skip()
{
    if (playing() && cues_)
        cues_->silence();
    command(&SessionEngine::skip);
}

void PlayerPage::done()
{
    command(&SessionEngine::done);
}

void PlayerPage::hurts()
{
    if (!playing())
        return;
    if (showing_instructions()) // the pause the instructions took carries over
        close_overlay();
    else if (!asking_hurts())
        overlay_paused_ = pause_for_question();
    const Phase& phase = *engine_->current_phase();
    const Exercise* exercise = exercise_of(phase);
    const QString about = exercise ? qs(exercise->name) : qs(phase.title);
    const RedFlagTiers tiers = red_flag_tiers(content_.routine ? &*content_.routine : nullptr);
    const bool easier = easier_version_now() != nullptr;
    hurts_question_->ask(about, easier_version_now(), exercise != nullptr, tiers);
    stack_->setCurrentWidget(hurts_question_);
    hurts_question_->setFocus();
    if (cues_) // the person may be lying with their eyes closed
        cues_->say_now(spoken_hurts_question(easier, exercise != nullptr, tiers));
}

bool PlayerPage::asking_hurts() const
{
    return stack_->currentWidget() == hurts_question_;
}

void PlayerPage::answer_hurts(HurtChoice choice)
{
    if (cues_) // the question is answered: stop saying it
        cues_->silence();
    close_overlay();
    const bool paused_here = std::exchange(overlay_paused_, false);
    if (!playing())
        return;
    if (choice == HurtChoice::easier) {
        take_easier_version();
        resume_after_question(paused_here);
        return;
    }
    stop_for_pain(choice, paused_here);
}

void PlayerPage::take_easier_version()
{
    const Variation* easier = easier_version_now();
    if (!easier)
        return;
    const QString name = qs(easier->name);
    emit hurt_answered(engine_->phase_index(), HurtChoice::easier, name);
    easier_step_ = engine_->current_phase()->step_index;
    view_->set_easier_version(easier_step_,
                              tr("Easier version: %1. %2").arg(name, qs(easier->description)));
    if (cues_)
        cues_->say_now(tr("Easier version: %1. %2").arg(name, qs(easier->description)));
    refresh(clock_.now());
}

void PlayerPage::stop_for_pain(HurtChoice choice, bool resume)
{
    const QString title = qs(engine_->current_phase()->title);
    emit hurt_answered(engine_->phase_index(), choice, {});
    if (choice == HurtChoice::end_session) {
        if (cues_)
            cues_->silence();
        command(&SessionEngine::stop_for_pain);
        return;
    }
    command(&SessionEngine::hurts);
    resume_after_question(resume);
    if (!playing())
        return;
    notice_phase_ = engine_->phase_index();
    view_->set_notice(title.isEmpty() ? tr("Stopped because it hurt.")
                                      : tr("Stopped “%1” because it hurt.").arg(title));
}

void PlayerPage::show_instructions()
{
    if (showing_instructions()) {
        close_overlay();
        resume_after_question(std::exchange(overlay_paused_, false));
        return;
    }
    const Exercise* exercise =
        playing() && !asking_hurts()
            ? exercise_of(engine_->plan().phases[static_cast<std::size_t>(phase_to_show())])
            : nullptr;
    if (!exercise)
        return;
    overlay_paused_ = pause_for_question();
    const Phase& shown = engine_->plan().phases[static_cast<std::size_t>(phase_to_show())];
    const bool easier = shown.step_index == easier_step_ && !exercise->variations.empty();
    info_panel_->show_exercise(*exercise, easier ? &exercise->variations.front() : nullptr);
    stack_->setCurrentWidget(info_panel_);
    info_panel_->setFocus();
}

bool PlayerPage::showing_instructions() const
{
    return stack_->currentWidget() == info_panel_;
}

void PlayerPage::close_overlay()
{
    if (stack_->currentWidget() == session_)
        return;
    stack_->setCurrentWidget(session_);
    controls_->pause_button()->setFocus(Qt::OtherFocusReason);
}

const Exercise* PlayerPage::exercise_of(const Phase& phase) const
{
    const auto& exercises = content_.exercises;
    const auto it = std::find_if(exercises.begin(), exercises.end(), [&](const Exercise& e) {
        return !phase.exercise_id.empty() && e.id == phase.exercise_id;
    });
    return it == exercises.end() ? nullptr : &*it;
}

// The instructions during a rest are about what comes next: what the person gets ready for.
int PlayerPage::phase_to_show() const
{
    const int index = engine_->phase_index();
    const Phase& phase = engine_->plan().phases[static_cast<std::size_t>(index)];
    if (phase_tone(phase.kind) != PhaseTone::rest)
        return index;
    const int next = upcoming_phase(engine_->plan(), index);
    return next >= 0 && exercise_of(engine_->plan().phases[static_cast<std::size_t>(next)]) ? next
                                                                                            : index;
}

// The first of the exercise's variations: the easier version "this hurts" offers.
const Variation* PlayerPage::easier_version_now() const
{
    const Exercise* exercise = exercise_of(*engine_->current_phase());
    return exercise && !exercise->variations.empty() ? &exercise->variations.front() : nullptr;
}

void PlayerPage::show_cautions(TimePoint now)
{
    const Phase* phase = engine_->current_phase();
    const bool shows = phase && phase_tone(phase->kind) != PhaseTone::rest;
    const Exercise* exercise = shows ? exercise_of(*phase) : nullptr;
    QStringList cautions;
    if (exercise) { // for the side being done; a lead-in leads into the left side
        const Side side = engine_->current_side(now);
        for (const std::string& caution : exercise->cautions)
            cautions << qs(side_text(caution, side));
    }
    view_->caution_line()->show_cautions(cautions, engine_->phase_elapsed_seconds(now));
}

void PlayerPage::request_stop()
{
    if (!playing())
        return;
    QMessageBox box(QMessageBox::Question, tr("Stop the session?"),
                    tr("Stop this session now? What you have done so far is kept."),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Stop"));
    box.button(QMessageBox::No)->setText(tr("Keep going"));
    const bool paused_here = pause_for_question();
    if (box.exec() == QMessageBox::Yes)
        stop();
    else
        resume_after_question(paused_here);
}

void PlayerPage::stop()
{
    if (cues_)
        cues_->silence();
    command(&SessionEngine::stop);
}

void PlayerPage::command(Events (SessionEngine::*action)(TimePoint))
{
    if (!playing())
        return;
    const TimePoint now = clock_.now();
    last_tick_ = std::max(last_tick_, now);
    handle(((*engine_).*action)(now), now);
}

void PlayerPage::tick()
{
    if (!playing() || paused_by_suspend())
        return;
    command(&SessionEngine::advance);
}

bool PlayerPage::paused_by_suspend()
{
    if (engine_->paused() || suspend_.observe(read_clocks_()) <= 0)
        return false;
    if (cues_)
        cues_->silence();
    handle(engine_->pause(last_tick_), last_tick_); // the session stands where it was left
    notice_phase_ = engine_->phase_index();
    view_->set_notice(tr("Paused: the computer was asleep. Press Space to go on."));
    return true;
}

void PlayerPage::set_clock_reader(std::function<ClockReading()> reader)
{
    read_clocks_ = std::move(reader);
    suspend_.reset();
}

// While the easier version is done, the coach keeps to names, sides, counts, time and stop
// conditions: the main exercise's movement and form cues no longer apply.
Events PlayerPage::coached(const Events& events) const
{
    if (easier_step_ < 0)
        return events;
    Events out;
    for (const Event& event : events) {
        const CueCategory category = event.cue.category;
        const bool main_version_only =
            category == CueCategory::instruction || category == CueCategory::form;
        if (event.kind == EventKind::cue_due && event.phase >= 0 && main_version_only &&
            engine_->plan().phases[static_cast<std::size_t>(event.phase)].step_index ==
                easier_step_)
            continue;
        out.push_back(event);
    }
    return out;
}

void PlayerPage::handle(const Events& events, TimePoint now)
{
    for (const Event& event : events)
        emit session_event(event);
    const Events said = coached(events);
    show_line(said);
    if (cues_) {
        cues_->play(said, engine_->plan());
        if (controls_->voice_toggle()->isEnabled() != cues_->has_voice()) // the engine failed
            controls_->set_voice(cues_->voice_enabled(), cues_->has_voice());
    }
    refresh(now);
    schedule(now);
    const bool ended = std::any_of(events.begin(), events.end(), [](const Event& e) {
        return e.kind == EventKind::session_finished;
    });
    // Awake while it runs; a paused session, perhaps forgotten, lets the screen lock.
    inhibitor_->set_wanted(playing() && !engine_->paused(), tr("Following an exercise routine"));
    if (ended) {
        close_overlay();
        leave_session_screen();
        emit session_finished(engine_->outcome().value_or(SessionOutcome::stopped));
    }
}

// The coach's latest line of the current phase, shown in place of the instruction; counts and
// time are in the big number already.
void PlayerPage::show_line(const Events& events)
{
    for (const Event& event : events) {
        if (event.kind == EventKind::phase_started || event.kind == EventKind::session_finished)
            view_->set_spoken_line({});
        const CueCategory category = event.cue.category;
        if (event.kind == EventKind::cue_due && event.phase >= 0 && !event.cue.text.empty() &&
            category != CueCategory::count && category != CueCategory::countdown &&
            category != CueCategory::time)
            view_->set_spoken_line(qs(event.cue.text));
    }
}

void PlayerPage::refresh(TimePoint now)
{
    if (notice_phase_ >= 0 && engine_->phase_index() != notice_phase_ && !engine_->paused()) {
        notice_phase_ = -1;
        view_->set_notice({});
    }
    view_->show_state(*engine_, now);
    show_cautions(now);
    const Phase* phase = engine_->current_phase();
    controls_->set_paused(engine_->paused());
    controls_->set_done_enabled(phase && phase->self_paced());
}

void PlayerPage::schedule(TimePoint now)
{
    if (!playing() || engine_->paused()) {
        timer_->stop();
        return;
    }
    const double rate = clock_.rate();
    double wait = kWatchSeconds * rate; // in clock seconds
    if (const std::optional<TimePoint> due = engine_->next_due())
        wait = std::min(wait, to_seconds(*due - now));
    if (const std::optional<double> change = until_display_changes(*engine_, now))
        wait = std::min(wait, *change);
    timer_->start(static_cast<int>(std::ceil(std::max(0.0, wait) / rate * 1000.0)));
}

IllustrationArea* PlayerPage::illustration_slot() const
{
    return view_->illustration();
}

void PlayerPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat())
            toggle_pause();
        event->accept();
        return;
    }
    if (!player_key(event))
        QWidget::keyPressEvent(event);
}

// A focused button takes Space as a press; the other keys act as everywhere in the player (a
// button would move the focus on an arrow key).
bool PlayerPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Space && key->key() != Qt::Key_Tab &&
            key->key() != Qt::Key_Backtab && player_key(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool PlayerPage::player_key(QKeyEvent* event)
{
    if (event->isAutoRepeat()) {
        event->accept();
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Right:
        skip();
        break;
    case Qt::Key_Left:
        back();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        done();
        break;
    case Qt::Key_Escape:
        request_stop();
        break;
    case Qt::Key_P:
        hurts();
        break;
    case Qt::Key_I:
        show_instructions();
        break;
    case Qt::Key_G:
        next_guidance_level();
        break;
    case Qt::Key_F11:
        toggle_full_screen();
        break;
    default:
        return false;
    }
    event->accept();
    return true;
}

void PlayerPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    apply_base_pixels(scaled_base_pixels(height()));
}

void PlayerPage::apply_base_pixels(int pixels)
{
    if (pixels == base_pixels_)
        return;
    base_pixels_ = pixels;
    view_->set_base_pixels(pixels);
    controls_->set_base_pixels(pixels);
    hurts_question_->set_base_pixels(pixels);
    info_panel_->set_base_pixels(pixels);
}

void PlayerPage::toggle_full_screen()
{
    QWidget* top = window();
    top->setWindowState(top->windowState() ^ Qt::WindowFullScreen);
    if (!playing() || !full_screen_sessions_)
        return;
    settings_keys::full_screen.write(settings_, top->windowState() & Qt::WindowFullScreen);
    if (!state_before_)
        state_before_ = top->windowState() ^ Qt::WindowFullScreen;
}

void PlayerPage::enter_session_screen()
{
    QWidget* top = window();
    if (!full_screen_sessions_ || !settings_keys::full_screen.read(settings_) ||
        top->isFullScreen())
        return;
    if (!state_before_)
        state_before_ = top->windowState();
    top->setWindowState(top->windowState() | Qt::WindowFullScreen);
}

void PlayerPage::leave_session_screen()
{
    if (const auto before = std::exchange(state_before_, std::nullopt))
        window()->setWindowState(*before);
}

} // namespace unknot::gui
