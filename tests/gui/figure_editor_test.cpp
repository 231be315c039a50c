// Giving a new exercise a figure: start from a built-in one, move a key pose's angles with
// sliders, see the figure change, and keep it in the exercise that is made.
#include "gui/builtin_routines.h"
#include "gui/editor/new_exercise_dialog.h"
#include "gui/figure/figure_editor.h"
#include "gui/figure/figure_widget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

std::vector<Exercise> builtin_exercises()
{
    return RoutineLibrary::load(gui::builtin_routine_sources(), {}).exercises();
}

const Exercise& find(const std::vector<Exercise>& exercises, const std::string& id)
{
    const auto it = std::find_if(exercises.begin(), exercises.end(),
                                 [&](const Exercise& e) { return e.id == id; });
    REQUIRE(it != exercises.end());
    return *it;
}

Vec2 head(const gui::FigureWidget* widget)
{
    return widget->scene().joints[static_cast<std::size_t>(BodyPoint::head)];
}

} // namespace

TEST_CASE("a figure starts from a built-in one and its sliders change a key pose",
          "[gui][figure][editor]")
{
    const std::vector<Exercise> exercises = builtin_exercises();
    gui::FigureEditor editor;
    editor.set_sources(exercises);
    CHECK(editor.source_box()->count() == static_cast<int>(exercises.size()) + 1);
    CHECK_FALSE(editor.figure());
    CHECK_FALSE(editor.slider("mid-back")->isEnabled());

    QSignalSpy changed(&editor, &gui::FigureEditor::figure_changed);
    editor.source_box()->setCurrentIndex(
        editor.source_box()->findText(QStringLiteral("Cat-camel")));
    REQUIRE(editor.figure());
    CHECK(*editor.figure() == *find(exercises, "cat-camel").figure);
    CHECK(changed.count() == 1);

    editor.select_pose(1); // "round"
    CHECK(editor.pose() == 1);
    CHECK(editor.slider("mid-back")->isEnabled());
    CHECK(editor.slider("mid-back")->value() == 20);
    CHECK(editor.slider("hip")->value() == 72);
    const Vec2 before = head(editor.preview());
    editor.slider("mid-back")->setValue(-10);
    CHECK(editor.figure()->poses[1].angles.at("mid-back") == -10);
    CHECK(changed.count() == 2);
    const Vec2 after = head(editor.preview());
    CHECK((before.x != after.x || before.y != after.y));
    CHECK(editor.figure()->poses[0] == find(exercises, "cat-camel").figure->poses[0]);

    editor.start_from({});
    CHECK_FALSE(editor.figure());
    CHECK(editor.pose() == -1);
}

TEST_CASE("a new exercise keeps the figure made for it", "[gui][figure][editor]")
{
    const std::vector<Exercise> exercises = builtin_exercises();
    std::vector<std::string> ids;
    for (const Exercise& e : exercises)
        ids.push_back(e.id);
    gui::NewExerciseDialog dialog(ids);
    dialog.set_figure_sources(exercises);
    dialog.name_edit()->setText(QStringLiteral("Towel squeeze"));
    dialog.summary_edit()->setText(QStringLiteral("Squeeze a towel between the shoulder blades."));
    dialog.instructions_edit()->setPlainText(QStringLiteral("Lie on a rolled towel."));
    CHECK_FALSE(dialog.exercise().figure);
    gui::FigureEditor* editor = dialog.figure_editor();
    editor->start_from("towel-extension");
    editor->select_pose(1);
    editor->set_angle("upper-back", -25);
    const Exercise made = dialog.exercise();
    REQUIRE(made.figure);
    CHECK(made.figure->poses[1].angles.at("upper-back") == -25);
    CHECK(made.figure->props == find(exercises, "towel-extension").figure->props);
    CHECK(dialog.is_valid()); // the figure passes the format's rules
}
