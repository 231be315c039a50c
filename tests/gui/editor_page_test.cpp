// The editor page driven offscreen with keys and clicks, as a person would use it.
#include "core/routine_format.h"
#include "core/session_engine.h"
#include "editor_test_support.h"
#include "gui/editor/commands/set_step_value_command.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/editor_view.h"
#include "gui/editor/exercise_picker_dialog.h"
#include "gui/editor/new_exercise_dialog.h"
#include "gui/editor/routine_form.h"
#include "gui/editor/step_editor.h"
#include "gui/editor/step_list_panel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

namespace {

// The page with the library it edits, reloaded from the data folder as the main window does.
struct EditorApp {
    DataDir data;
    std::vector<RoutineSource> builtin = builtin_routine_sources();
    std::unique_ptr<RoutineLibrary> library;
    ScriptedPrompts* prompts = nullptr;
    std::unique_ptr<EditorPage> page;

    EditorApp()
    {
        auto owned = std::make_unique<ScriptedPrompts>();
        prompts = owned.get();
        page = std::make_unique<EditorPage>(UserFiles(data.path(), UserFiles::Trash::data_dir_only),
                                            std::move(owned));
        reload();
        QObject::connect(page.get(), &EditorPage::library_changed, [this] { reload(); });
        page->resize(1280, 760);
        page->show();
        activate();
    }
    // Dialogs take the activation away; keys go to the page only while it is active.
    void activate() const
    {
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    void reload()
    {
        auto fresh = std::make_unique<RoutineLibrary>(data.load(builtin));
        page->set_library(fresh.get());
        library = std::move(fresh);
    }
    EditorView& view() const { return *page->view(); }
    StepEditor& step_editor() const { return *view().step_editor(); }
    EditorDocument& document() const
    {
        REQUIRE(page->document());
        return *page->document();
    }
    QPushButton* button(const char* name) const
    {
        auto* found = page->findChild<QPushButton*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    QListView* steps_view() const { return view().step_list()->view(); }
    void key(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        widget->setFocus();
        QTest::keyClick(widget, key, modifiers);
    }
    void type_into(QAbstractSpinBox* spin, const QString& text)
    {
        activate();
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
    }
    std::string undo_text() const { return document().undo_stack()->undoText().toStdString(); }
};

// Runs `act` on the modal dialog that `open` shows, then returns.
template <class Dialog>
void with_dialog(const std::function<void()>& open, const std::function<void(Dialog&)>& act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        act(*dialog);
    });
    open();
    CHECK(seen);
}

void pick_exercise(EditorApp& app, const QString& search)
{
    with_dialog<ExercisePickerDialog>(
        [&] { QTest::mouseClick(app.button("add_exercise"), Qt::LeftButton); },
        [&](ExercisePickerDialog& picker) {
            QTest::keyClicks(picker.search_edit(), search);
            QTest::keyClick(picker.search_edit(), Qt::Key_Return);
        });
}

std::vector<std::string> step_exercises(const Routine& routine)
{
    std::vector<std::string> ids;
    for (const Step& step : routine.steps)
        ids.push_back(step.kind == StepKind::rest ? "rest" : step.exercise);
    return ids;
}

// Builds: a sided hold (thread the needle, 45 s each side), paced reps (cat-camel, 6 reps at 10 s
// each), and a 30 s rest between them.
void build_three_steps(EditorApp& app)
{
    app.page->action(QStringLiteral("new"))->trigger();
    QLineEdit* title = app.view().form()->title_edit();
    QTest::keyClicks(title, QStringLiteral("My upper back"));
    QTest::keyClicks(app.view().form()->summary_edit(), QStringLiteral("From my physio's sheet."));

    pick_exercise(app, QStringLiteral("thread"));
    app.type_into(app.step_editor().spin_box(StepField::hold), QStringLiteral("45"));
    CHECK(app.undo_text() == "Change hold to 45 s");

    pick_exercise(app, QStringLiteral("cat-camel"));
    app.key(app.step_editor().kind_box(), Qt::Key_Down); // hold -> reps
    app.type_into(app.step_editor().spin_box(StepField::reps), QStringLiteral("6"));
    QTest::mouseClick(app.step_editor().paced_box(), Qt::LeftButton, {},
                      QPoint(4, app.step_editor().paced_box()->height() / 2));
    app.type_into(app.step_editor().tempo_box(), QStringLiteral("10"));
    CHECK(app.undo_text() == "Change tempo to 10 s");

    QTest::mouseClick(app.button("add_rest"), Qt::LeftButton); // after cat-camel
    app.key(app.steps_view(), Qt::Key_Up, Qt::AltModifier);    // between the two
}

} // namespace

TEST_CASE("a routine built with keys and clicks saves, reopens and plays", "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    const Routine built = app.document().routine();
    REQUIRE(step_exercises(built) ==
            std::vector<std::string>{"thread-the-needle", "rest", "cat-camel"});
    CHECK(built.steps[0].kind == StepKind::hold);
    CHECK(built.steps[0].hold_seconds == 45);
    CHECK(built.steps[1].seconds == 30);
    CHECK(built.steps[2].kind == StepKind::reps);
    CHECK(built.steps[2].reps == 6);
    CHECK(built.steps[2].tempo == 10.0);
    CHECK(app.document().is_valid());
    // 10 + (45 + 5 + 45) + 30 + 10 + 6 × 10
    CHECK(app.view().duration_label()->text().toStdString() == "About 3 min");
    CHECK(app.page->action(QStringLiteral("save"))->isEnabled());

    app.key(app.steps_view(), Qt::Key_S, Qt::ControlModifier);
    CHECK(app.data.routine_files() == QStringList{QStringLiteral("my-upper-back.json")});
    CHECK_FALSE(app.document().is_modified());
    CHECK_FALSE(app.page->action(QStringLiteral("save"))->isEnabled());
    CHECK(app.page->routine_list()->currentIndex().data().toString().toStdString() ==
          "My upper back");
    const std::string saved_bytes =
        file_bytes(QDir(app.data.routines()).filePath(QStringLiteral("my-upper-back.json")));
    CHECK(saved_bytes == write_routine_file(app.document().file()));

    // Reopen from the files, in a new page with a freshly loaded library.
    const RoutineLibrary library = app.data.load(app.builtin);
    REQUIRE(library.problems().empty());
    const LibraryRoutine* saved = library.find_routine("my-upper-back");
    REQUIRE(saved);
    CHECK(saved->routine.title == "My upper back");
    CHECK(step_exercises(saved->routine) == step_exercises(built));
    EditorPage reopened(UserFiles(app.data.path()), std::make_unique<ScriptedPrompts>());
    reopened.set_library(&library);
    REQUIRE(reopened.open("my-upper-back"));
    CHECK(reopened.document()->routine() == saved->routine);
    CHECK(write_routine_file(reopened.document()->file()) == saved_bytes);
    CHECK_FALSE(reopened.document()->read_only());

    // Play it to the end with a fake clock.
    SessionEngine engine(build_plan(saved->routine, library.lookup()));
    const auto& phases = engine.plan().phases;
    CHECK(std::any_of(phases.begin(), phases.end(),
                      [](const Phase& p) { return p.kind == PhaseKind::switch_sides; }));
    CHECK(std::any_of(phases.begin(), phases.end(), [](const Phase& p) {
        return p.kind == PhaseKind::reps && p.tempo == 10.0 && p.reps == 6;
    }));
    TimePoint now{};
    engine.start(now);
    int reps_counted = 0;
    for (int second = 0; second < 600 && !engine.finished(); ++second) {
        now += std::chrono::seconds(1);
        for (const Event& event : engine.advance(now))
            reps_counted += event.kind == EventKind::cue_due && event.cue.kind == CueKind::rep;
    }
    CHECK(engine.finished());
    CHECK(engine.outcome() == SessionOutcome::completed);
    CHECK(reps_counted == 6);
    CHECK(engine.elapsed_seconds(now) == Approx(saved->estimated_seconds));
}

TEST_CASE("Ctrl+Z and Ctrl+Shift+Z undo and redo the routine, even in a text field",
          "[editor][page]")
{
    EditorApp app;
    app.page->action(QStringLiteral("new"))->trigger();
    QLineEdit* edit = app.view().form()->title_edit();
    CHECK(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Back")); // replaces the selected "New routine"
    CHECK(app.document().routine().title == "Back");
    CHECK(app.undo_text() == "Change title");
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    CHECK(app.document().routine().title == "New routine");
    CHECK(edit->text().toStdString() == "New routine");
    CHECK_FALSE(app.document().is_modified());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(app.document().routine().title == "Back");
    CHECK(edit->text().toStdString() == "Back");
}

TEST_CASE("steps move with Alt+Up and Alt+Down and go with Delete", "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    QListView* list = app.steps_view();
    app.view().step_list()->select_row(0);
    app.key(list, Qt::Key_Down, Qt::AltModifier);
    CHECK(step_exercises(app.document().routine()) ==
          std::vector<std::string>{"rest", "thread-the-needle", "cat-camel"});
    CHECK(app.undo_text() == "Move Thread the needle down");
    CHECK(app.view().step_list()->current_row() == 1);
    app.key(list, Qt::Key_Delete);
    CHECK(step_exercises(app.document().routine()) ==
          std::vector<std::string>{"rest", "cat-camel"});
    CHECK(app.undo_text() == "Remove Thread the needle");
    app.key(list, Qt::Key_Z, Qt::ControlModifier);
    app.key(list, Qt::Key_Z, Qt::ControlModifier);
    CHECK(step_exercises(app.document().routine()) ==
          std::vector<std::string>{"thread-the-needle", "rest", "cat-camel"});
}

TEST_CASE("problems show next to their field and Save waits until they are fixed", "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    QLineEdit* title = app.view().form()->title_edit();
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    const auto labels = app.view().form()->findChildren<QLabel*>(QStringLiteral("problem"));
    const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel* label) {
        return label->isVisible() && label->text() == QStringLiteral("must not be empty");
    });
    CHECK(shown);
    CHECK_FALSE(app.page->action(QStringLiteral("save"))->isEnabled());
    CHECK_FALSE(app.page->save());
    CHECK(app.data.routine_files().isEmpty());
    QTest::keyClicks(title, QStringLiteral("Fixed"));
    CHECK(app.page->action(QStringLiteral("save"))->isEnabled());
    CHECK(std::none_of(labels.begin(), labels.end(), [](QLabel* l) { return l->isVisible(); }));
}

TEST_CASE("leaving a routine with unsaved changes asks to save, discard or cancel",
          "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    REQUIRE(app.page->save());
    app.view().step_list()->select_row(0);
    app.type_into(app.step_editor().spin_box(StepField::hold), QStringLiteral("50"));
    REQUIRE(app.document().is_modified());
    QListView* list = app.page->routine_list();
    const QModelIndex other = list->model()->index(1, 0); // a built-in routine
    app.prompts->unsaved_answers = {UnsavedChoice::cancel, UnsavedChoice::save};
    list->setCurrentIndex(other);
    CHECK(app.document().routine().id == "my-upper-back");
    CHECK(list->currentIndex().data().toString().toStdString() == "My upper back");
    list->setCurrentIndex(other);
    CHECK(app.prompts->unsaved_questions == 2);
    CHECK(app.document().read_only());
    CHECK(app.library->find_routine("my-upper-back")->routine.steps[0].hold_seconds == 50);
    CHECK_FALSE(app.view().form()->isEnabled());
    CHECK_FALSE(app.page->action(QStringLiteral("save"))->isEnabled());
}

TEST_CASE("a built-in routine is duplicated to edit; rename and delete keep files safe",
          "[editor][page]")
{
    EditorApp app;
    const LibraryRoutine builtin = app.library->routines()[0]; // a copy: saving reloads the library
    REQUIRE(builtin.built_in);
    REQUIRE(app.page->open(builtin.routine.id));
    CHECK(app.document().read_only());
    CHECK_FALSE(app.page->action(QStringLiteral("delete"))->isEnabled());
    app.page->action(QStringLiteral("duplicate"))->trigger();
    const std::string copy_id = app.document().routine().id;
    CHECK(app.document().routine().title == builtin.routine.title + " (copy)");
    CHECK(app.data.routine_files() == QStringList{QString::fromStdString(copy_id + ".json")});
    CHECK_FALSE(app.document().read_only());

    app.prompts->title_answer = QStringLiteral("Morning back");
    app.page->action(QStringLiteral("rename"))->trigger();
    CHECK(app.library->find_routine(copy_id)->routine.title == "Morning back");
    CHECK(app.undo_text() == "Change title");

    app.prompts->delete_answer = true;
    app.page->action(QStringLiteral("delete"))->trigger();
    CHECK(app.data.routine_files().isEmpty());
    CHECK(app.library->find_routine(copy_id) == nullptr);
    CHECK(QDir(QDir(app.data.path()).filePath(QStringLiteral("trash")))
              .entryList(QDir::Files)
              .size() == 1);
    CHECK(app.page->document() == nullptr);
}

TEST_CASE("a new exercise is written in a dialog, reused, and exported with the routine",
          "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    with_dialog<NewExerciseDialog>(
        [&] { QTest::mouseClick(app.button("new_exercise"), Qt::LeftButton); },
        [&](NewExerciseDialog& dialog) {
            QTest::keyClicks(dialog.name_edit(), QStringLiteral("Towel squeeze"));
            QTest::keyClicks(dialog.summary_edit(), QStringLiteral("Squeeze over a towel."));
            QTest::keyClicks(dialog.instructions_edit(), QStringLiteral("Lie on a rolled towel."));
            dialog.equipment_box("towel")->click();
            dialog.sides_box()->setCurrentIndex(1);
            CHECK(dialog.is_valid());
            dialog.accept();
        });
    CHECK(app.undo_text() == "Add new exercise “Towel squeeze”");
    REQUIRE(app.page->save());
    const RoutineLibrary& library = *app.library;
    REQUIRE(library.find_exercise("towel-squeeze"));
    CHECK(library.find_exercise("towel-squeeze")->sides == Sides::each);
    CHECK(app.data.routine_files() ==
          QStringList({QStringLiteral("my-exercises.json"), QStringLiteral("my-upper-back.json")}));

    app.prompts->export_path = QDir(app.data.path()).filePath(QStringLiteral("shared.json"));
    app.page->action(QStringLiteral("export"))->trigger();
    const ParseResult shared = parse_routine_file(file_bytes(app.prompts->export_path), "shared");
    REQUIRE(shared.file);
    REQUIRE(shared.file->exercises.size() == 1);
    CHECK(shared.file->exercises[0].id == "towel-squeeze");
    const RoutineLibrary builtin_only = RoutineLibrary::load(app.builtin, {});
    CHECK(check_references(*shared.file, "shared", builtin_only.exercise_ids()).empty());
}

TEST_CASE("Try it sends the routine as it is now, with its exercises", "[editor][page]")
{
    EditorApp app;
    build_three_steps(app);
    Routine tried;
    std::vector<Exercise> exercises;
    QObject::connect(app.page.get(), &EditorPage::try_requested,
                     [&](const Routine& routine, const std::vector<Exercise>& used) {
                         tried = routine;
                         exercises = used;
                     });
    app.page->action(QStringLiteral("try"))->trigger();
    CHECK(tried == app.document().routine());
    REQUIRE(exercises.size() == 2);
    CHECK(exercises[0].id == "thread-the-needle");
    CHECK(exercises[1].id == "cat-camel");
}

TEST_CASE("a screenshot of the editor", "[editor][page][screenshot]")
{
    EditorApp app;
    build_three_steps(app);
    REQUIRE(app.page->save());
    app.view().step_list()->select_row(2);
    QApplication::processEvents(); // lay out the rows of the selected step's kind
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    const QString path =
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("editor.png"));
    CHECK(app.page->grab().save(path));
    CHECK(QFile::exists(path));

    const QDir output(QStringLiteral(UNKNOT_TEST_OUTPUT));
    with_dialog<ExercisePickerDialog>(
        [&] { app.view().add_exercise_step(0); },
        [&](ExercisePickerDialog& picker) {
            QTest::keyClicks(picker.search_edit(), QStringLiteral("wall"));
            QApplication::processEvents();
            CHECK(picker.grab().save(output.filePath(QStringLiteral("editor-picker.png"))));
            picker.reject();
        });
    with_dialog<NewExerciseDialog>(
        [&] { app.view().add_new_exercise_step(0); },
        [&](NewExerciseDialog& dialog) {
            QTest::keyClicks(dialog.name_edit(), QStringLiteral("Towel squeeze"));
            QTest::keyClicks(dialog.instructions_edit(), QStringLiteral("Lie on a rolled towel."));
            QApplication::processEvents();
            CHECK(dialog.grab().save(output.filePath(QStringLiteral("editor-new-exercise.png"))));
            dialog.reject();
        });
}
