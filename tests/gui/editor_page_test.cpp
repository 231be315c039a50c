// The editor page driven offscreen with keys and clicks, as a person would use it.
#include "core/session/coach.h"
#include "editor_page_fixture.h"

#include <cctype>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

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

    // Play it to the end with a fake clock, counted aloud.
    const SessionPlan plan = build_plan(saved->routine, library.lookup());
    CHECK(plan.total_seconds() == Approx(saved->estimated_seconds));
    CoachOptions counting;
    counting.level = GuidanceLevel::names_and_counts;
    CoachedSession coached = coach_session(plan, saved->routine, library.lookup(), counting);
    SessionEngine engine(std::move(coached.plan), std::move(coached.script));
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
            reps_counted += event.kind == EventKind::cue_due &&
                            event.cue.category == CueCategory::count &&
                            std::isdigit(static_cast<unsigned char>(event.cue.text[0]));
    }
    CHECK(engine.finished());
    CHECK(engine.outcome() == SessionOutcome::completed);
    CHECK(reps_counted == 6);
    CHECK(engine.elapsed_seconds(now) == Approx(engine.plan().total_seconds()));
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

TEST_CASE("a built-in routine is duplicated to edit, rename and delete keep files safe",
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
    CHECK(check_references(*shared.file, "shared", builtin_only.known_exercises()).empty());
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

TEST_CASE("the editor warns about an absurdly long routine, not about a normal one",
          "[editor][page]")
{
    EditorApp app;
    REQUIRE(QDir().mkpath(app.data.routines()));
    REQUIRE(QFile::copy(QStringLiteral(UNKNOT_TEST_DATA "/good/absurd-length.json"),
                        QDir(app.data.routines()).filePath(QStringLiteral("absurd-length.json"))));
    app.reload();
    REQUIRE(app.page->open("absurd-length")); // 100 steps × 20 sets × an hour a side: valid
    QLabel* warning = app.view().length_warning();
    CHECK(warning->isVisible());
    CHECK(warning->text().toStdString() ==
          "This routine lasts about 4336 h 23 min. A session longer than two hours is hard to "
          "follow: check the holds, sets and rests.");
    CHECK(app.view().duration_label()->text().toStdString() == "About 4336 h 23 min");

    REQUIRE(app.page->open("everyday-ten"));
    CHECK_FALSE(warning->isVisible());
}
