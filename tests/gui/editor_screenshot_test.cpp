// A screenshot of the editor and its dialogs, written to the test output for people to look at.
#include "editor_page_fixture.h"

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

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
