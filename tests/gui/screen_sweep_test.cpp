// The screenshot sweep: every page of the window (library with a programme running, history with
// a busy week, editor with a step chosen, pain question, the player's lead-in, reps, rest and
// hold, its "this hurts" question and instructions panel, summary), every tab of the settings and
// the programme's dialogs (start, check-in and its advice, the flare-up offer), in the light and
// the dark palette, in English and German, with the window filling the screen. Each picture is
// saved (UNKNOT_SWEEP_DIR, or tests/output/sweep-WxH) and each page must keep the layout facts of
// layout_facts.h.
//
// Hidden from the default run: ctest runs it on a 1280x800 and a 1920x1080 offscreen screen
// (tests/data/screens; "gui: every page keeps its layout facts on a WxH screen"), and so does
// scripts/screenshot-sweep.sh, which collects the pictures into one folder.
#include "history_fixture.h"
#include "layout_facts.h"
#include "player_fixture.h"

#include "gui/builtin_routines.h"
#include "gui/desktop/palettes.h"
#include "gui/desktop/translations.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/editor_view.h"
#include "gui/editor/step_list_panel.h"
#include "gui/history/history_page.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"
#include "gui/player/control_bar.h"
#include "gui/player/exercise_info_panel.h"
#include "gui/player/hurts_question.h"
#include "gui/player/player_page.h"
#include "gui/programme/check_in_dialog.h"
#include "gui/programme/programme_controller.h"
#include "gui/programme/programme_dialog.h"
#include "gui/session/pain_rating_page.h"
#include "gui/session/session_flow.h"
#include "gui/session/session_logger.h"
#include "gui/session/session_summary_page.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings_keys.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace unknot;
using namespace unknot::test;

namespace {

QDir sweep_dir()
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QString asked = qEnvironmentVariable("UNKNOT_SWEEP_DIR");
    QDir dir(asked.isEmpty() ? QStringLiteral(UNKNOT_TEST_OUTPUT "/sweep") : asked);
    dir.mkpath(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()));
    dir.cd(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()));
    return dir;
}

// Saves the picture and checks the layout facts; the problems go to stderr one a line.
void look_at(QWidget& window, const QString& name)
{
    settle();
    REQUIRE(window.grab().save(sweep_dir().filePath(name + QStringLiteral(".png"))));
    const QStringList problems = beyond_screen(*window.window()) + layout_problems(window);
    for (const QString& problem : problems)
        std::fprintf(stderr, "layout: %s: %s\n", qPrintable(name), qPrintable(problem));
    INFO(name.toStdString() << "\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

// A busy week (more sessions than the goal), the weeks before it, and today within it.
void seed_history(HistoryFixture& h)
{
    using namespace std::chrono_literals;
    for (int i = 0; i < 11; ++i)
        h.record({.day = kThisMonday + std::chrono::days{i % 3},
                  .time_of_day = 7h + std::chrono::hours(i),
                  .notes = i == 0 ? "Felt looser afterwards." : ""});
    for (int week = 1; week <= 5; ++week)
        for (int i = 0; i < week % 4; ++i)
            h.record({.day = kThisMonday - std::chrono::days{7 * week - i}, .pain_after = 2});
}

struct SweepApp {
    HistoryFixture history;
    QTemporaryDir dir;
    QSettings& settings = history.settings;
    ManualClock clock;
    RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::SessionLogger logger{history.store.get()};
    gui::MainWindow window{&library};
    gui::PlayerPage* player = new gui::PlayerPage(clock, settings, nullptr);
    gui::ProgrammeController programme{dir.path(), history.store.get(),
                                       [this] { return history.now; }};

    SweepApp()
    {
        seed_history(history);
        start_programme();
        window.set_programme(&programme);
        settings.setValue(gui::settings_keys::history_weekly_goal(), 3);
        window.set_player(player, &logger, &settings);
        window.set_history(
            new gui::HistoryPage(history.store.get(), settings, [this] { return history.now; }));
        window.set_editor(
            new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only)));
        window.set_settings(&settings, {dir.path(), {}, false, false, {}, {}, {}});
        window.resize(QGuiApplication::primaryScreen()->availableGeometry().size());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QTabWidget* tabs() const { return window.findChild<QTabWidget*>(); }

    // Everyday ten minutes, Monday, Wednesday and Friday, in its third week.
    void start_programme()
    {
        using namespace std::chrono;
        Programme plan;
        plan.routines = {"everyday-ten"};
        plan.days = {Monday, Wednesday, Friday};
        plan.start = kThisMonday - days{14};
        REQUIRE_FALSE(programme.start(plan).has_value());
    }

    // Plays on, a second at a time, until a phase of `kind` runs.
    void play_until(PhaseKind kind)
    {
        for (int second = 0; second < 900; ++second) {
            const Phase* phase = player->engine()->current_phase();
            if (phase && phase->kind == kind)
                return;
            clock.advance(1);
            player->tick();
        }
        FAIL("no phase of that kind in the first 15 minutes");
    }
};

// Looks at the dialog the next event opens (a modal message box or dialog), then closes it with
// Escape.
void look_at_next_modal(const QString& name)
{
    QTimer::singleShot(0, [name] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        look_at(*modal, name);
        QTest::keyClick(modal, Qt::Key_Escape);
    });
}

// Read from a mat two metres away: each button's word has half a letter's height of room on
// either side, and each toggle's box is nearly as tall as its word.
QStringList cramped_controls(const gui::ControlBar& bar)
{
    QStringList found;
    for (const QPushButton* button : bar.findChildren<QPushButton*>()) {
        if (!button->isVisible())
            continue;
        const int em = button->font().pixelSize();
        const int word = button->fontMetrics().horizontalAdvance(button->text());
        if (button->width() < word + em)
            found << QStringLiteral("no room around the word (%1 px for %2 px of text): ")
                             .arg(button->width())
                             .arg(word) +
                         where_is(button);
    }
    for (const QCheckBox* toggle : bar.findChildren<QCheckBox*>()) {
        if (!toggle->isVisible())
            continue;
        QStyleOptionButton option;
        option.initFrom(toggle);
        const int box = toggle->style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, toggle);
        if (box < toggle->font().pixelSize() * 3 / 4)
            found << QStringLiteral("a %1 px box beside %2 px text: ")
                             .arg(box)
                             .arg(toggle->font().pixelSize()) +
                         where_is(toggle);
    }
    return found;
}

// The session's pages are read from the mat: their text follows the window's height
// (player_fonts.h), none keeps the desktop's small size.
QStringList desktop_sized_text(const QWidget& page)
{
    QStringList found;
    for (const QWidget* w : page.findChildren<QWidget*>()) {
        const auto* label = qobject_cast<const QLabel*>(w);
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        const QString text = label ? label->text() : button ? button->text() : QString();
        if (w->isVisible() && !text.isEmpty() && w->font().pixelSize() < 0)
            found << QStringLiteral("desktop-sized text on a session page: ") + where_is(w);
    }
    return found;
}

void look_at_session_page(SweepApp& app, const QString& name)
{
    look_at(app.window, name);
    const QStringList small = desktop_sized_text(app.window);
    INFO(name.toStdString() << "\n" << small.join(QLatin1Char('\n')).toStdString());
    CHECK(small.isEmpty());
}

void look_at_player(SweepApp& app, const QString& name)
{
    look_at_session_page(app, name);
    const QStringList cramped = cramped_controls(*app.player->controls());
    INFO(name.toStdString() << "\n" << cramped.join(QLatin1Char('\n')).toStdString());
    CHECK(cramped.isEmpty());
}

// The player in each kind of phase a session shows first: the lead-in, reps, a rest, a hold.
void sweep_player(SweepApp& app, const QString& prefix)
{
    look_at_player(app, prefix + QStringLiteral("player-lead-in"));
    app.play_until(PhaseKind::reps);
    for (int second = 0; second < 3; ++second) {
        app.clock.advance(1);
        app.player->tick();
    }
    look_at_player(app, prefix + QStringLiteral("player-reps"));
    app.play_until(PhaseKind::rest_after);
    look_at_player(app, prefix + QStringLiteral("player-rest"));
    app.play_until(PhaseKind::hold);
    look_at_player(app, prefix + QStringLiteral("player-hold"));
    QTest::keyClick(app.player, Qt::Key_P); // this hurts: what now?
    REQUIRE(app.player->asking_hurts());
    look_at_player(app, prefix + QStringLiteral("player-hurts"));
    QTest::keyClick(app.player->hurts_question(), Qt::Key_Escape);
    QTest::keyClick(app.player, Qt::Key_I); // every instruction of the exercise
    REQUIRE(app.player->showing_instructions());
    look_at_player(app, prefix + QStringLiteral("player-instructions"));
    QTest::keyClick(app.player->info_panel(), Qt::Key_Escape);
    REQUIRE_FALSE(app.player->showing_instructions());
}

// The programme's dialogs: starting one, the week-3 check-in and its advice, the flare-up offer.
void sweep_programme(SweepApp& app, const QString& prefix)
{
    const LibraryRoutine* everyday = app.library.find_routine("everyday-ten");
    REQUIRE(everyday);
    gui::ProgrammeDialog start(everyday->routine, QDate(2024, 6, 19), &app.window);
    start.show();
    look_at(start, prefix + QStringLiteral("programme-start"));
    start.close();

    gui::CheckInDialog check_in({everyday->routine.red_flags}, &app.window);
    check_in.show();
    look_at(check_in, prefix + QStringLiteral("check-in"));
    QTest::mouseClick(check_in.findChild<QPushButton*>(QStringLiteral("check_in_worse")),
                      Qt::LeftButton);
    look_at(check_in, prefix + QStringLiteral("check-in-worse"));
    check_in.close();

    REQUIRE(app.window.play(QStringLiteral("everyday-ten")));
    look_at_next_modal(prefix + QStringLiteral("flare-up"));
    QTest::keyClick(app.window.session_flow()->pain_page(), Qt::Key_7);
    QApplication::processEvents();
}

void sweep(const QString& prefix)
{
    SweepApp app;
    QTabWidget* tabs = app.tabs();
    tabs->setCurrentWidget(app.window.library_page());
    look_at(app.window, prefix + QStringLiteral("library"));
    tabs->setCurrentWidget(app.window.history_page());
    look_at(app.window, prefix + QStringLiteral("history"));
    tabs->setCurrentWidget(app.window.editor_page());
    REQUIRE(app.window.editor_page()->open("everyday-ten"));
    app.window.editor_page()->view()->step_list()->select_row(1);
    look_at(app.window, prefix + QStringLiteral("editor"));

    app.settings.setValue(gui::settings_keys::ask_pain_before(), true);
    REQUIRE(app.window.play(QStringLiteral("everyday-ten")));
    look_at_session_page(app, prefix + QStringLiteral("pain-question"));
    QTest::keyClick(app.window.session_flow()->pain_page(), Qt::Key_3);
    sweep_player(app, prefix);
    answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    look_at_session_page(app, prefix + QStringLiteral("summary"));
    QTest::mouseClick(app.window.session_flow()->summary_page()->back_button(), Qt::LeftButton);
    sweep_programme(app, prefix);

    gui::SettingsDialog dialog(app.settings,
                               {app.dir.path(),
                                {QStringLiteral("English (Alan)")},
                                true,
                                true,
                                {},
                                {{{QStringLiteral("everyday-ten"), QStringLiteral("Everyday ten")}},
                                 app.dir.filePath(QStringLiteral("autostart.desktop")),
                                 QStringList{QStringLiteral("unknot")},
                                 true},
                                {}},
                               &app.window);
    dialog.show();
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        dialog.tabs()->setCurrentIndex(i);
        look_at(dialog, prefix + QStringLiteral("settings-%1").arg(i));
    }
}

} // namespace

TEST_CASE("every page in both palettes and both languages keeps its layout facts", "[.sweep]")
{
    const QPalette palette = QApplication::palette();
    const QString style = QApplication::style()->name();
    for (const char* language : {"en", "de"}) {
        gui::Translators translators;
        const bool german = QString::fromLatin1(language) == QLatin1String("de");
        if (german)
            REQUIRE(gui::install_translations(*qApp, translators, QLocale(QLocale::German)));
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
        for (const char* name : {"light", "dark"}) {
            REQUIRE(gui::apply_palette(*qApp, QString::fromLatin1(name)));
            sweep(QStringLiteral("%1-%2-").arg(QLatin1String(language), QLatin1String(name)));
        }
        QCoreApplication::removeTranslator(&translators.unknot);
        QCoreApplication::removeTranslator(&translators.qt);
    }
    QLocale::setDefault(QLocale::system());
    QApplication::setStyle(style);
    QApplication::setPalette(palette);
}
