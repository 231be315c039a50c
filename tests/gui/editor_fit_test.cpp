// The editor in the main window at the smallest size it supports, 1024x700: every field of the
// selected step is in view and wide enough, and a duplicated routine shows its steps' exercises.
#include "editor_test_support.h"
#include "layout_facts.h"
#include "player_fixture.h"

#include "gui/builtin_routines.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/editor_view.h"
#include "gui/editor/routine_form.h"
#include "gui/editor/step_editor.h"
#include "gui/editor/step_list_panel.h"
#include "gui/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

namespace {

struct SmallWindow {
    DataDir data;
    RoutineLibrary library = data.load(gui::builtin_routine_sources());
    ManualClock clock;
    QTemporaryDir settings_dir;
    QSettings settings{settings_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    MainWindow window{&library};
    EditorPage* editor = nullptr;

    explicit SmallWindow(QSize size)
    {
        window.set_player(new PlayerPage(clock, settings, nullptr));
        editor = new EditorPage(UserFiles(data.path(), UserFiles::Trash::data_dir_only),
                                std::make_unique<ScriptedPrompts>());
        window.set_editor(editor);
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentIndex(tabs->indexOf(editor));
    }
    StepEditor& steps() const { return *editor->view()->step_editor(); }
};

// The widget is shown, and neither it nor any parent up to the window is cut at the sides.
QString cut_from_view(const QWidget* w)
{
    if (!w->isVisible())
        return QStringLiteral("hidden: ") + where_is(w);
    const QRect rect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const QRect shown(p->mapTo(w->window(), QPoint(0, 0)), p->size());
        if (rect.left() < shown.left() || rect.right() > shown.right())
            return QStringLiteral("cut at the side by %1: ")
                       .arg(QString::fromLatin1(p->metaObject()->className())) +
                   where_is(w);
    }
    if (w->width() + 1 < w->minimumSizeHint().width())
        return QStringLiteral("narrower than it needs: ") + where_is(w);
    return {};
}

} // namespace

TEST_CASE("at 1024x700 the editor shows every field of the step and a wide title and summary",
          "[editor][window][layout]")
{
    SmallWindow w(QSize(1024, 700));
    CHECK(w.window.width() <= 1024);
    CHECK(w.window.height() <= 700);
    REQUIRE(w.editor->open("everyday-ten"));
    w.editor->action(QStringLiteral("duplicate"))->trigger();
    settle();
    REQUIRE(w.steps().row() == 0); // deep breathing: reps, with the Paced box beside the tempo
    REQUIRE(w.editor->document()->routine().steps[0].kind == StepKind::reps);

    const auto* change = w.steps().findChild<QPushButton*>();
    REQUIRE(change);
    CHECK(cut_from_view(change).toStdString() == "");
    CHECK(cut_from_view(w.steps().note_edit()).toStdString() == "");
    CHECK(cut_from_view(w.steps().paced_box()).toStdString() == "");
    CHECK(cut_from_view(w.steps().tempo_box()).toStdString() == "");

    const int chars = w.window.fontMetrics().averageCharWidth();
    CHECK(w.editor->view()->form()->title_edit()->width() >= 30 * chars);
    CHECK(w.editor->view()->form()->summary_edit()->width() >= 30 * chars);

    const QStringList problems = layout_problems(w.window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Duplicate to edit shows the first step's exercise at once", "[editor][window]")
{
    SmallWindow w(QSize(1280, 800));
    REQUIRE(w.editor->open("everyday-ten"));
    w.editor->action(QStringLiteral("duplicate"))->trigger();
    REQUIRE(w.editor->document());
    CHECK_FALSE(w.editor->document()->read_only());
    REQUIRE(w.steps().row() == 0); // the first step is chosen, as the person sees it
    const Step& first = w.editor->document()->routine().steps.front();
    const Exercise* exercise = w.library.find_exercise(first.exercise);
    REQUIRE(exercise);
    CHECK(w.steps().exercise_label()->text().toStdString() == exercise->name);
}

// The routine's notes and its "see a professional" signs are read in full where the column has
// room: at 1280x800 they stood at four lines each, scrolling, above empty space.
TEST_CASE("at 1280x800 a built-in routine's notes and professional signs show without scrolling",
          "[editor][window][layout]")
{
    SmallWindow w(QSize(1280, 800));
    REQUIRE(w.editor->open("everyday-ten"));
    settle();
    for (const QPlainTextEdit* edit :
         {w.editor->view()->form()->notes_edit(), w.editor->view()->form()->professional_edit()}) {
        INFO(edit->accessibleName().toStdString() << ": " << edit->height() << " px high");
        CHECK_FALSE(edit->toPlainText().isEmpty());
        CHECK(edit->verticalScrollBar()->maximum() == 0);
    }
}
