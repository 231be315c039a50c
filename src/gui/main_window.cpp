#include "gui/main_window.h"

#include "core/base/atomic_write.h"
#include "core/programme/calendar.h"
#include "core/programme/flare_up.h"
#include "core/programme/programme_format.h"
#include "core/programme/report_data.h"
#include "core/routine/translated.h"

#include "gui/editor/editor_page.h"
#include "gui/history/history_page.h"
#include "gui/library/library_page.h"
#include "gui/player/player_page.h"
#include "gui/player/player_view.h"
#include "gui/print/handout_printer.h"
#include "gui/print/report_printer.h"
#include "gui/programme/check_in_dialog.h"
#include "gui/programme/programme_bar.h"
#include "gui/programme/programme_controller.h"
#include "gui/programme/programme_dialog.h"
#include "gui/session/session_flow.h"
#include "gui/settings/lead_in_setting.h"
#include "gui/text.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace unknot::gui {

namespace {

// The routine as played, with the exercises its steps use: what the session log keeps.
RoutineFile snapshot_of(const Routine& routine, const ExerciseLookup& lookup)
{
    RoutineFile file;
    file.routine = routine;
    for (const Step& step : routine.steps) {
        const Exercise* used = step.exercise.empty() ? nullptr : lookup(step.exercise);
        const auto listed = [used](const Exercise& e) { return e.id == used->id; };
        if (used && std::none_of(file.exercises.begin(), file.exercises.end(), listed))
            file.exercises.push_back(*used);
    }
    return file;
}

} // namespace

MainWindow::MainWindow(const RoutineLibrary* library, QWidget* parent)
    : QMainWindow(parent), library_(library), stack_(new QStackedWidget(this)),
      tabs_(new QTabWidget(this)), library_page_(new LibraryPage(this))
{
    setWindowTitle(tr("Unknot"));
    library_page_->set_library(library_);
    tabs_->addTab(library_page_, tr("&Library"));
    tabs_->setDocumentMode(true);
    stack_->addWidget(tabs_);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);
    build_menus();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    delete centralWidget(); // the pages go before the library they show (adopted_)
}

void MainWindow::fit_to_screen()
{
    const QScreen* shown_on = screen();
    if (!shown_on)
        return;
    const QSize frame(16, 48); // the window manager's borders and title bar, about
    resize(QSize(1100, 720).boundedTo(shown_on->availableGeometry().size() - frame));
}

void MainWindow::set_player(PlayerPage* player, SessionLogger* logger, QSettings* settings)
{
    player_ = player;
    stack_->addWidget(player_);
    flow_ = new SessionFlow(stack_, player_, logger, settings, this);
    qobject_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, flow_->log_banner());
    if (history_)
        flow_->set_week_standing([this] { return history_->this_week_standing(); });
    connect(library_page_, &LibraryPage::start_requested, this, &MainWindow::play);
    connect(flow_, &SessionFlow::finished, this, [this] {
        stack_->setCurrentWidget(tabs_);
        if (focus_before_play_)
            focus_before_play_->setFocus();
        refresh_programme();
        ask_check_in_if_due();
    });
}

bool MainWindow::play(const QString& routine_id)
{
    const RoutineLibrary* library = shown_library();
    const LibraryRoutine* entry =
        library && player_ ? library->find_routine(routine_id.toStdString()) : nullptr;
    if (!entry)
        return false;
    const ExerciseLookup lookup = library->lookup();
    ProgrammeController::Dosed dosed = programme_
                                           ? programme_->dosed(entry->routine, lookup)
                                           : ProgrammeController::Dosed{entry->routine, {}, {}};
    const Routine routine = std::move(dosed.routine);
    player_->view()->set_dose_notes(std::move(dosed.reasons));
    SessionFlow::Gentle gentle = [this, routine, lookup] {
        player_->view()->set_dose_notes({}); // the gentle version's doses are not this week's
        Routine easier = gentle_version(routine);
        SessionPlan plan = build_plan(with_lead_in_setting(easier, settings_), lookup);
        return std::pair{std::move(easier), std::move(plan)};
    };
    return start_plan(routine_id, snapshot_of(routine, lookup),
                      build_plan(with_lead_in_setting(routine, settings_), lookup),
                      std::move(gentle));
}

bool MainWindow::play_routine(const Routine& routine, const std::vector<Exercise>& exercises)
{
    if (!player_)
        return false;
    std::vector<Exercise> shown;
    for (const Exercise& exercise : exercises)
        shown.push_back(translated(exercise, language_));
    const auto lookup = [&shown](std::string_view id) -> const Exercise* {
        for (const Exercise& exercise : shown)
            if (exercise.id == id)
                return &exercise;
        return nullptr;
    };
    player_->view()->set_dose_notes({});
    const Routine played = with_lead_in_setting(translated(routine, language_), settings_);
    return start_plan(QString::fromStdString(routine.id), RoutineFile{exercises, routine},
                      build_plan(played, lookup));
}

bool MainWindow::start_plan(const QString& routine_id, RoutineFile snapshot, SessionPlan plan,
                            std::function<std::pair<Routine, SessionPlan>()> gentle)
{
    const bool from_tabs = stack_->currentWidget() == tabs_;
    QWidget* focus = focusWidget();
    try {
        flow_->begin(routine_id, std::move(snapshot), std::move(plan), std::move(gentle));
    } catch (const std::invalid_argument& e) {
        QMessageBox::warning(this, tr("Cannot play this routine"),
                             QString::fromStdString(e.what()));
        return false;
    }
    if (from_tabs && stack_->currentWidget() != tabs_) // an empty plan is over before it starts
        focus_before_play_ = focus;
    return true;
}

void MainWindow::set_editor(EditorPage* editor)
{
    editor_ = editor;
    editor_->set_library(library_);
    tabs_->addTab(editor_, tr("Ed&itor"));
    connect(editor_, &EditorPage::library_changed, this, &MainWindow::reload_files);
    connect(editor_, &EditorPage::try_requested, this, &MainWindow::play_routine);
}

void MainWindow::set_history(HistoryPage* history)
{
    history_ = history;
    tabs_->insertTab(1, history_, tr("&History"));
    history_->set_weekly_targets([this](const std::string& id) -> std::optional<int> {
        const LibraryRoutine* entry = library_ ? library_->find_routine(id) : nullptr;
        return entry ? std::optional<int>(entry->routine.weekly_target) : std::nullopt;
    });
    if (flow_)
        flow_->set_week_standing([this] { return history_->this_week_standing(); });
    connect(history_, &HistoryPage::library_requested, this, [this] {
        tabs_->setCurrentWidget(library_page_);
        library_page_->setFocus();
    });
}

void MainWindow::set_library_source(LibrarySource source)
{
    library_source_ = std::move(source);
    loader_.setMaxThreadCount(1);
}

void MainWindow::load_library()
{
    load_asked_ = true;
    start_next_load();
}

void MainWindow::reload_files(const QStringList& paths)
{
    changed_files_ << paths;
    start_next_load();
}

// A reload reads the library the window has, so it waits for the load before it; a load takes in
// the files changed before it.
void MainWindow::start_next_load()
{
    if (loading_ || !library_)
        return;
    std::function<RoutineLibrary()> job;
    if (load_asked_ && library_source_.load) {
        job = library_source_.load;
        load_asked_ = false;
        changed_files_.clear();
    } else if (!changed_files_.isEmpty() && library_source_.reload) {
        job = [reload = library_source_.reload, current = library_,
               paths = std::exchange(changed_files_, {})] { return reload(*current, paths); };
    } else {
        return;
    }
    loading_ = true;
    loader_.start([this, job = std::move(job)] {
        auto loaded = std::make_shared<RoutineLibrary>(job());
        QMetaObject::invokeMethod(
            this,
            [this, loaded] {
                loading_ = false;
                adopt_library(std::move(*loaded));
                emit library_loaded();
                start_next_load();
            },
            Qt::QueuedConnection);
    });
}

// Every page gets the new library before the old one goes.
void MainWindow::adopt_library(RoutineLibrary library)
{
    auto fresh = std::make_unique<RoutineLibrary>(std::move(library));
    auto shown = language_.empty()
                     ? nullptr
                     : std::make_unique<RoutineLibrary>(fresh->in_language(language_));
    library_ = fresh.get();
    library_page_->set_library(shown ? shown.get() : library_);
    if (editor_)
        editor_->set_library(library_);
    std::shared_ptr<const RoutineLibrary> old = std::exchange(adopted_, std::move(fresh));
    shown_ = std::move(shown);
    if (old) // freeing 10,000 routines would hold the GUI thread up for some 10 ms
        loader_.start([old = std::move(old)]() mutable { old.reset(); });
    refresh_programme();
}

void MainWindow::set_content_language(std::string language)
{
    language_ = std::move(language);
    auto shown = language_.empty() || !library_
                     ? nullptr
                     : std::make_unique<RoutineLibrary>(library_->in_language(language_));
    library_page_->set_library(shown ? shown.get() : library_); // before the old one goes
    shown_ = std::move(shown);
}

void MainWindow::set_programme(ProgrammeController* programme)
{
    programme_ = programme;
    programme_bar_ = new ProgrammeBar;
    library_page_->set_top_bar(programme_bar_);
    connect(programme_bar_, &ProgrammeBar::start_requested, this,
            &MainWindow::start_programme_dialog);
    connect(programme_, &ProgrammeController::changed, this, &MainWindow::refresh_programme);
    connect(library_page_, &LibraryPage::selection_changed, this, &MainWindow::refresh_programme);
    QAction* report = new QAction(tr("Report for my &therapist…"), this);
    report->setObjectName(QStringLiteral("report_action"));
    connect(report, &QAction::triggered, this, &MainWindow::save_report_dialog);
    QAction* calendar = new QAction(tr("Export programme to &calendar…"), this);
    calendar->setObjectName(QStringLiteral("calendar_action"));
    connect(calendar, &QAction::triggered, this, &MainWindow::export_calendar_dialog);
    file_menu_->insertAction(quit_action_, report);
    file_menu_->insertAction(quit_action_, calendar);
    file_menu_->insertSeparator(quit_action_);
    refresh_programme();
}

void MainWindow::refresh_programme()
{
    if (!programme_)
        return;
    QStringList doses;
    const LibraryRoutine* entry =
        library_ ? library_->find_routine(library_page_->selected_id().toStdString()) : nullptr;
    if (entry)
        doses = programme_->dosed(entry->routine, library_->lookup()).explanations;
    programme_bar_->show_state(programme_->status_text(), doses, programme_->problems());
}

void MainWindow::start_programme_dialog()
{
    const LibraryRoutine* entry =
        library_ ? library_->find_routine(library_page_->selected_id().toStdString()) : nullptr;
    if (!programme_ || !entry)
        return;
    ProgrammeDialog dialog(entry->routine, to_qdate(programme_->today()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto error = programme_->start(dialog.programme()))
        QMessageBox::warning(this, tr("Could not start the programme"), *error);
}

bool MainWindow::ask_check_in_if_due()
{
    if (!programme_ || !programme_->check_in_due())
        return false;
    std::vector<RedFlags> flags;
    if (const auto p = programme_->programme(); p && library_)
        for (const std::string& id : p->routines)
            if (const LibraryRoutine* entry = library_->find_routine(id))
                flags.push_back(entry->routine.red_flags);
    CheckInDialog dialog(std::move(flags), this);
    connect(&dialog, &CheckInDialog::answered, programme_, &ProgrammeController::record_check_in);
    dialog.exec();
    return true;
}

void MainWindow::save_report_dialog()
{
    if (!programme_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Report for my therapist"), tr("back-exercise-report.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const local_days today = programme_->today();
    const auto p = programme_->programme();
    const local_days from = std::min(p ? p->start : today - std::chrono::days{27}, today);
    const Programme* programme = p ? &*p : nullptr;
    const std::vector<SessionRecord> sessions = programme_->report_sessions(programme, from, today);
    const std::vector<CheckIn> check_ins = programme_->all_check_ins();
    const ReportData report = build_report(sessions, check_ins, programme, from, today);
    RoutineTitles titles;
    if (library_)
        for (const LibraryRoutine& entry : library_->routines())
            titles[entry.routine.id] = entry.routine.title;
    QString error;
    if (save_report_pdf(report, titles, path, &error) == 0)
        QMessageBox::warning(this, tr("Could not save the report"), error);
}

void MainWindow::export_calendar_dialog()
{
    const auto p = programme_ ? programme_->programme() : std::nullopt;
    if (!p) {
        QMessageBox::information(this, tr("No programme"),
                                 tr("Start a programme in the library first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export programme to calendar"), tr("back-exercises.ics"), tr("Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    QStringList titles;
    for (const std::string& id : p->routines) {
        const LibraryRoutine* entry = library_ ? library_->find_routine(id) : nullptr;
        titles << qs(entry ? entry->routine.title : id);
    }
    CalendarEvent event;
    event.summary = tr("Back exercises: %1").arg(titles.join(QStringLiteral(", "))).toStdString();
    event.description = tr("Your Unknot programme. Stop any exercise that hurts.").toStdString();
    event.alarm = tr("Time for your back exercises").toStdString();
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (const auto error =
            write_file_atomically(path.toStdString(), programme_calendar(*p, event, now)))
        QMessageBox::warning(this, tr("Could not export the calendar"), qs(*error));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const bool quitting = std::exchange(quitting_, false);
    if ((flow_ && !flow_->close_requested()) || (editor_ && !editor_->maybe_close())) {
        event->ignore();
        return;
    }
    if (!quitting && keep_running_ && keep_running_()) {
        event->ignore();
        // Hidden, the window is no longer the last one: closing a message must not quit.
        QApplication::setQuitOnLastWindowClosed(false);
        hide();
        emit hidden_to_tray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QApplication::setQuitOnLastWindowClosed(true);
    QMainWindow::showEvent(event);
}

void MainWindow::set_keep_running(std::function<bool()> keep_running)
{
    keep_running_ = std::move(keep_running);
}

void MainWindow::quit()
{
    quitting_ = true;
    if (close())
        QCoreApplication::quit(); // closing a hidden window would not end the event loop
}

void MainWindow::set_tray_available(bool available)
{
    environment_.reminders.has_tray = available;
}

void MainWindow::set_settings(QSettings* settings, SettingsEnvironment environment)
{
    settings_ = settings;
    environment_ = std::move(environment);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* open = edit->addAction(tr("&Settings…"), this, &MainWindow::open_settings);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    open->setObjectName(QStringLiteral("settings_action"));
}

void MainWindow::open_settings()
{
    if (!settings_)
        return;
    environment_.reminders.routines.clear();
    for (const LibraryRoutine& entry :
         shown_library() ? shown_library()->routines() : std::vector<LibraryRoutine>{})
        environment_.reminders.routines.emplace_back(QString::fromStdString(entry.routine.id),
                                                     QString::fromStdString(entry.routine.title));
    if (environment_.describe_cues)
        environment_.describe_cues(environment_);
    SettingsDialog dialog(*settings_, environment_, this);
    if (dialog.exec() == QDialog::Accepted)
        apply_settings();
}

void MainWindow::apply_settings()
{
    if (player_)
        player_->reload_settings();
    if (history_)
        history_->reload();
    emit settings_changed();
}

void MainWindow::print_selected()
{
    const QString id = library_page_->selected_id();
    const RoutineLibrary* library = shown_library();
    const LibraryRoutine* entry = library ? library->find_routine(id.toStdString()) : nullptr;
    if (!entry)
        return;
    if (!programme_) {
        print_handout_with_dialog(*entry, *library, this);
        return;
    }
    ProgrammeController::Dosed dosed = programme_->dosed(entry->routine, library->lookup());
    LibraryRoutine this_week = *entry;
    this_week.routine = std::move(dosed.routine);
    this_week.estimated_seconds = build_plan(this_week.routine, library->lookup()).total_seconds();
    print_handout_with_dialog(this_week, *library, this, dosed.reasons);
}

void MainWindow::build_menus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file_menu_ = file;
    QAction* print =
        file->addAction(tr("&Print / Save as PDF…"), this, &MainWindow::print_selected);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("print_action"));
    connect(library_page_, &LibraryPage::print_requested, this, &MainWindow::print_selected);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit_action_ = quit;
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace unknot::gui
