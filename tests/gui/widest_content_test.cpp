// A stranger's widest valid routine never pushes the window past the screen: 80-character names
// and 500-character instructions without a space, and long Arabic text, on every page (library,
// pain question, player, summary, history, editor) and in the handout. Text wraps or elides.
//
// Hidden from the default run: ctest runs it once per screen size (tests/CMakeLists.txt gives the
// offscreen platform a 1280x800 and a 1920x1080 screen), and it measures against that screen.
#include "player_fixture.h"

#include "core/history/history_store.h"
#include "gui/builtin_routines.h"
#include "gui/editor/editor_page.h"
#include "gui/history/history_page.h"
#include "gui/history/local_clock.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"
#include "gui/print/handout_document.h"
#include "gui/session/pain_rating_page.h"
#include "gui/session/session_flow.h"
#include "gui/session/session_logger.h"
#include "gui/session/session_summary_page.h"
#include "gui/settings_keys.h"
#include "gui/text_label.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>
#include <cstdio>

using namespace unknot;

namespace {

const QStringList kWidest{QStringLiteral("widest-latin"), QStringLiteral("widest-arabic")};

QString describe(const QWidget* w)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text().left(30);
    QStringList parents;
    for (const QWidget* p = w->parentWidget(); p && parents.size() < 3; p = p->parentWidget())
        parents << QString::fromLatin1(p->metaObject()->className());
    return QStringLiteral("%1 \"%2\" (%3) in %8 at %4,%5 %6x%7")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(w->mapTo(w->window(), QPoint(0, 0)).x())
        .arg(w->mapTo(w->window(), QPoint(0, 0)).y())
        .arg(w->width())
        .arg(w->height())
        .arg(parents.join(QStringLiteral(" < ")));
}

bool inside_scrolled_content(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        if (area && area->viewport() == p)
            return true;
    }
    return false;
}

// A plain QLabel whose text does not fit its width and is neither wrapped nor elided: it is cut.
bool cut_label(const QLabel* label)
{
    if (qobject_cast<const gui::TextLabel*>(label) || label->text().isEmpty() ||
        !label->pixmap().isNull())
        return false;
    const QFontMetrics metrics(label->font());
    const int room = label->contentsRect().width() - 2 * label->margin();
    QString text = label->text();
    if (label->buddy()) // "&Goal" shows as "Goal"
        text.remove(QRegularExpression(QStringLiteral("&(?=.)")));
    if (!label->wordWrap())
        return metrics.horizontalAdvance(text) > room + 1;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+"))))
        if (metrics.horizontalAdvance(word) > room + 1)
            return true;
    return false;
}

int wide_children(const QWidget* w)
{
    const int screen = QGuiApplication::primaryScreen()->availableGeometry().width();
    int wide = 0;
    for (const QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        wide += !child->isWindow() && child->minimumSizeHint().width() > screen ? 1 : 0;
    return wide;
}

// Everything that sticks out of the screen or the window, or shows text cut off.
QStringList misfits(const QWidget& window)
{
    QStringList found;
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    if (window.frameGeometry().width() > screen.width() ||
        window.frameGeometry().height() > screen.height())
        found << QStringLiteral("the window is %1x%2 on a %3x%4 screen")
                     .arg(window.frameGeometry().width())
                     .arg(window.frameGeometry().height())
                     .arg(screen.width())
                     .arg(screen.height());
    for (const QWidget* w : window.findChildren<QWidget*>()) {
        // What makes the window too wide, shown or not (a stack is as wide as its widest page).
        if (!w->isWindow() && w->minimumSizeHint().width() > screen.width() &&
            wide_children(w) == 0)
            found << QStringLiteral("asks for %1 px: ").arg(w->minimumSizeHint().width()) +
                         describe(w);
        if (!w->isVisible() || w->isWindow() || inside_scrolled_content(w))
            continue;
        const QRect rect(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (!window.rect().contains(rect))
            found << QStringLiteral("outside the window: ") + describe(w);
        const auto* area = qobject_cast<const QAbstractScrollArea*>(w);
        if (area && area->horizontalScrollBar()->isVisible() && !qobject_cast<const QTableView*>(w))
            found << QStringLiteral("scrolls sideways: ") + describe(w);
        const auto* label = qobject_cast<const QLabel*>(w);
        if (label && cut_label(label))
            found << QStringLiteral("cut off: ") + describe(w);
    }
    return found;
}

// A picture of each page to look at: tests/output/widest-WxH/ in the build folder.
void save_picture(QWidget& window, const QString& where)
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QDir dir(QStringLiteral(UNKNOT_TEST_OUTPUT "/widest-%1x%2")
                       .arg(screen.width())
                       .arg(screen.height()));
    QDir().mkpath(dir.path());
    QString name = where;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    window.grab().save(dir.filePath(name + QStringLiteral(".png")));
}

void check_fits(QWidget& window, const QString& where)
{
    QApplication::processEvents();
    save_picture(window, where);
    INFO(where.toStdString());
    const QStringList found = misfits(window);
    for (const QString& misfit : found) // one line each, unwrapped, to find them in the log
        std::fprintf(stderr, "misfit: %s: %s\n", qPrintable(where), qPrintable(misfit));
    INFO(found.join(QStringLiteral("\n")).toStdString());
    CHECK(found.isEmpty());
}

// The built-in routines and, as the user's, the widest valid files and the absurdly long one.
RoutineLibrary widest_library(const QString& data)
{
    const QDir good(QStringLiteral(UNKNOT_TEST_DATA "/good"));
    const QDir routines(QDir(data).filePath(QStringLiteral("routines")));
    REQUIRE(QDir().mkpath(routines.path()));
    for (const QString& name : kWidest)
        REQUIRE(QFile::copy(good.filePath(name + QStringLiteral(".json")),
                            routines.filePath(name + QStringLiteral(".json"))));
    RoutineLibrary library =
        RoutineLibrary::load(gui::builtin_routine_sources(), routines.path().toStdString());
    REQUIRE(library.problems().empty());
    return library;
}

struct WidestApp {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    test::ManualClock clock;
    RoutineLibrary library = widest_library(dir.path());
    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<gui::SessionLogger> logger;
    std::unique_ptr<gui::MainWindow> window;
    gui::PlayerPage* player = nullptr;

    WidestApp()
    {
        OpenResult opened =
            HistoryStore::open(dir.filePath(QStringLiteral("history.sqlite3")).toStdString());
        REQUIRE(opened.store);
        store = std::move(opened.store);
        logger = std::make_unique<gui::SessionLogger>(store.get());
        window = std::make_unique<gui::MainWindow>(&library);
        player = new gui::PlayerPage(clock, settings, nullptr);
        window->set_player(player, logger.get(), &settings);
        window->set_history(new gui::HistoryPage(store.get(), settings, gui::system_local_now));
        window->set_editor(
            new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only)));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    QTabWidget* tabs() const { return window->findChild<QTabWidget*>(); }
    void show_tab(QWidget* page) const
    {
        for (int i = 0; i < tabs()->count(); ++i)
            if (tabs()->widget(i)->isAncestorOf(page) || tabs()->widget(i) == page)
                tabs()->setCurrentIndex(i);
    }
};

void play_through(WidestApp& app, const QString& id)
{
    app.settings.setValue(gui::settings_keys::ask_pain_before(), true);
    // Pain 10 would offer the gentle version first (tests/gui/programme_test.cpp): not this test's.
    gui::settings_keys::flare_up_threshold.write(app.settings, 0);
    REQUIRE(app.window->play(id));
    check_fits(*app.window, id + QStringLiteral(": the pain question"));
    QTest::keyClick(app.window->session_flow()->pain_page(), Qt::Key_T);
    REQUIRE(app.player->playing());
    for (int phase = 0; phase < 12 && app.player->playing(); ++phase) {
        app.clock.advance(3);
        app.player->tick();
        check_fits(*app.window, id + QStringLiteral(": player, phase %1").arg(phase));
        QTest::keyClick(app.player, Qt::Key_Right);
    }
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(app.player, Qt::Key_Escape);
    gui::SessionSummaryPage* summary = app.window->session_flow()->summary_page();
    REQUIRE(summary->isVisible());
    summary->notes_edit()->setPlainText(QString(1000, QLatin1Char('W')));
    check_fits(*app.window, id + QStringLiteral(": summary"));
    QTest::mouseClick(summary->save_button(), Qt::LeftButton);
}

} // namespace

TEST_CASE("the widest valid routines fit the screen on every page", "[.widest]")
{
    WidestApp app;
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    INFO("screen " << screen.width() << "x" << screen.height());
    check_fits(*app.window, QStringLiteral("the library"));
    for (const QString& id : kWidest) {
        app.show_tab(app.window->library_page());
        app.window->library_page()->select(id);
        check_fits(*app.window, id + QStringLiteral(": the library"));
        play_through(app, id);
    }
    app.show_tab(app.window->history_page());
    app.window->history_page()->reload();
    QTableView* sessions = app.window->history_page()->sessions_view();
    REQUIRE(sessions->model()->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        sessions->setCurrentIndex(sessions->model()->index(row, 0));
        check_fits(*app.window, QStringLiteral("history, session %1").arg(row));
    }
    app.show_tab(app.window->editor_page());
    for (const QString& id : kWidest) {
        REQUIRE(app.window->editor_page()->open(id.toStdString()));
        check_fits(*app.window, id + QStringLiteral(": editor"));
    }
}

TEST_CASE("the widest valid routines' handouts stay within the page width", "[.widest]")
{
    QTemporaryDir dir;
    const RoutineLibrary library = widest_library(dir.path());
    for (const QString& id : kWidest) {
        INFO(id.toStdString());
        QTextDocument document;
        document.setTextWidth(480); // an A4 page's text width in points, less margins
        gui::write_handout(document, *library.find_routine(id.toStdString()), library,
                           gui::HandoutStyle{});
        CHECK(document.size().width() <= 480.5);
    }
}
