// The editor's undo commands: do, undo, redo and merging, and the step model's signals.
#include "editor_test_support.h"
#include "gui/editor/commands/add_exercise_command.h"
#include "gui/editor/commands/duplicate_step_command.h"
#include "gui/editor/commands/move_step_command.h"
#include "gui/editor/commands/set_routine_field_command.h"
#include "gui/editor/commands/set_step_value_command.h"
#include "gui/editor/commands/step_row_commands.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/step_list_model.h"
#include "support/step_builder.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <memory>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

namespace {

RoutineFile three_steps()
{
    Routine routine;
    routine.id = "three";
    routine.title = "Three steps";
    routine.summary = "For the tests.";
    routine.steps = {hold_step("test-side-stretch", 30), rest_step(20),
                     hold_step("test-wall-slide", 40)};
    RoutineFile file;
    file.routine = routine;
    return file;
}

struct Fixture {
    RoutineLibrary library = RoutineLibrary::load(test_sources(), {});
    std::unique_ptr<EditorDocument> document;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Fixture(bool read_only = false)
        : document(std::make_unique<EditorDocument>(three_steps(), QString(), read_only))
    {
        REQUIRE(library.problems().empty());
        document->set_library(&library);
        tester = std::make_unique<QAbstractItemModelTester>(
            document->steps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QUndoStack& stack() const { return *document->undo_stack(); }
    const std::vector<Step>& steps() const { return document->routine().steps; }
    std::vector<int> holds() const
    {
        std::vector<int> result;
        for (const Step& step : steps())
            result.push_back(step.kind == StepKind::rest ? -step.seconds : step.hold_seconds);
        return result;
    }
};

} // namespace

TEST_CASE("changing a routine field is undone and redone, and names the change", "[editor]")
{
    Fixture f;
    QSignalSpy changed(f.document.get(), &EditorDocument::routine_changed);
    f.stack().push(new SetRoutineFieldCommand(f.document.get(), RoutineField::lead_in, 15));
    CHECK(f.document->routine().lead_in_seconds == 15);
    CHECK(f.stack().undoText().toStdString() == "Change lead-in to 15 s");
    CHECK(f.document->is_modified());
    f.stack().undo();
    CHECK(f.document->routine().lead_in_seconds == 10);
    CHECK_FALSE(f.document->is_modified());
    f.stack().redo();
    CHECK(f.document->routine().lead_in_seconds == 15);
    CHECK(changed.count() == 3);
}

TEST_CASE("typing a title merges into one undo step", "[editor]")
{
    Fixture f;
    for (const char* title : {"M", "My", "My b", "My back"})
        f.stack().push(
            new SetRoutineFieldCommand(f.document.get(), RoutineField::title, std::string(title)));
    CHECK(f.stack().count() == 1);
    CHECK(f.stack().undoText().toStdString() == "Change title");
    CHECK(f.document->routine().title == "My back");
    f.stack().push(
        new SetRoutineFieldCommand(f.document.get(), RoutineField::notes,
                                   std::vector<std::string>{"Discomfort yes, pain no."}));
    CHECK(f.stack().count() == 2); // another field does not merge
    f.stack().undo();
    f.stack().undo();
    CHECK(f.document->routine().title == "Three steps");
    CHECK(f.document->routine().notes.empty());
}

TEST_CASE("an edit that returns to the original value leaves nothing to undo", "[editor]")
{
    Fixture f;
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::hold, 31));
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::hold, 30));
    CHECK(f.stack().count() == 0);
    CHECK_FALSE(f.document->is_modified());
}

TEST_CASE("spinning a hold merges, another step or field does not", "[editor]")
{
    Fixture f;
    QSignalSpy data_changed(f.document->steps(), &QAbstractItemModel::dataChanged);
    for (int seconds = 31; seconds <= 45; ++seconds)
        f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::hold, seconds));
    CHECK(f.stack().count() == 1);
    CHECK(f.stack().undoText().toStdString() == "Change hold to 45 s");
    CHECK(f.holds() == std::vector<int>{45, -20, 40});
    CHECK(data_changed.count() >= 15);
    f.stack().push(new SetStepValueCommand(f.document.get(), 2, StepField::hold, 50));
    f.stack().push(new SetStepValueCommand(f.document.get(), 2, StepField::sets, 2));
    CHECK(f.stack().count() == 3);
    CHECK(f.stack().undoText().toStdString() == "Change sets to 2");
    f.stack().undo();
    f.stack().undo();
    f.stack().undo();
    CHECK(f.holds() == std::vector<int>{30, -20, 40});
    f.stack().redo();
    CHECK(f.holds() == std::vector<int>{45, -20, 40});
}

TEST_CASE("kind and exercise changes never merge", "[editor]")
{
    Fixture f;
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::kind, StepKind::reps));
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::kind, StepKind::hold));
    CHECK(f.stack().count() == 2);
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::exercise,
                                           std::string("test-arm-lift")));
    CHECK(f.stack().undoText().toStdString() == "Change exercise to Arm lift on the roller");
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::exercise,
                                           std::string("test-wall-slide")));
    CHECK(f.stack().count() == 4);
    f.stack().undo();
    CHECK(f.steps()[0].exercise == "test-arm-lift");
}

TEST_CASE("tempo edits read as changes and removal", "[editor]")
{
    Fixture f;
    f.stack().push(
        new SetStepValueCommand(f.document.get(), 0, StepField::tempo, std::optional<double>(2.5)));
    CHECK(f.stack().undoText().toStdString() == "Change tempo to 2.5 s");
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::sets, 2));
    f.stack().push(
        new SetStepValueCommand(f.document.get(), 0, StepField::tempo, std::optional<double>()));
    CHECK(f.stack().undoText().toStdString() == "Remove tempo");
    CHECK(f.stack().count() == 3);
    CHECK_FALSE(f.steps()[0].tempo);
    f.stack().undo();
    CHECK(f.steps()[0].tempo == 2.5);
}

TEST_CASE("adding a step inserts a row, undo removes it", "[editor]")
{
    Fixture f;
    QSignalSpy inserted(f.document->steps(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(f.document->steps(), &QAbstractItemModel::rowsRemoved);
    f.stack().push(new AddStepCommand(f.document.get(), 1, hold_step("test-arm-lift", 15)));
    CHECK(f.stack().undoText().toStdString() == "Add Arm lift on the roller");
    REQUIRE(inserted.count() == 1);
    CHECK(inserted[0][1].toInt() == 1);
    CHECK(f.holds() == std::vector<int>{30, 15, -20, 40});
    CHECK(f.document->steps()->index(1).data().toString().toStdString() ==
          "Arm lift on the roller — hold 15 s, alternating sides");
    f.stack().undo();
    REQUIRE(removed.count() == 1);
    CHECK(removed[0][1].toInt() == 1);
    CHECK(f.holds() == std::vector<int>{30, -20, 40});
    f.stack().redo();
    CHECK(inserted.count() == 2);
    CHECK(f.holds() == std::vector<int>{30, 15, -20, 40});
}

TEST_CASE("removing a step is undone to the same place and value", "[editor]")
{
    Fixture f;
    const Step original = f.steps()[0];
    QSignalSpy removed(f.document->steps(), &QAbstractItemModel::rowsRemoved);
    f.stack().push(new RemoveStepCommand(f.document.get(), 0));
    CHECK(f.stack().undoText().toStdString() == "Remove Side stretch");
    CHECK(removed.count() == 1);
    CHECK(f.holds() == std::vector<int>{-20, 40});
    f.stack().undo();
    CHECK(f.steps()[0] == original);
    f.stack().redo();
    CHECK(f.holds() == std::vector<int>{-20, 40});
}

TEST_CASE("moving a step emits one move and undo moves it back", "[editor]")
{
    Fixture f;
    QSignalSpy moved(f.document->steps(), &QAbstractItemModel::rowsMoved);
    f.stack().push(new MoveStepCommand(f.document.get(), 0, 2));
    CHECK(f.stack().undoText().toStdString() == "Move Side stretch to position 3");
    CHECK(f.holds() == std::vector<int>{-20, 40, 30});
    REQUIRE(moved.count() == 1);
    CHECK(moved[0][1].toInt() == 0); // source row
    CHECK(moved[0][4].toInt() == 3); // Qt's destination: before row 3
    f.stack().undo();
    CHECK(f.holds() == std::vector<int>{30, -20, 40});
    f.stack().push(new MoveStepCommand(f.document.get(), 2, 1));
    CHECK(f.stack().undoText().toStdString() == "Move Wall slide up");
    CHECK(f.holds() == std::vector<int>{30, 40, -20});
}

TEST_CASE("duplicating a step puts a copy after it", "[editor]")
{
    Fixture f;
    f.stack().push(new DuplicateStepCommand(f.document.get(), 2));
    CHECK(f.stack().undoText().toStdString() == "Duplicate Wall slide");
    CHECK(f.holds() == std::vector<int>{30, -20, 40, 40});
    f.stack().undo();
    CHECK(f.holds() == std::vector<int>{30, -20, 40});
    f.stack().redo();
    CHECK(f.steps()[3] == f.steps()[2]);
}

TEST_CASE("a new exercise can be used at once and undone", "[editor]")
{
    Fixture f;
    Exercise towel;
    towel.id = "towel-squeeze";
    towel.name = "Towel squeeze";
    towel.summary = "Squeeze over a rolled towel.";
    towel.instructions = {"Lie on a rolled towel."};
    f.stack().push(new SetStepValueCommand(f.document.get(), 0, StepField::exercise,
                                           std::string("towel-squeeze")));
    CHECK_FALSE(f.document->is_valid());
    f.stack().push(new AddExerciseCommand(f.document.get(), towel));
    CHECK(f.stack().undoText().toStdString() == "Add exercise “Towel squeeze”");
    CHECK(f.document->is_valid());
    CHECK(f.document->find_exercise("towel-squeeze")->name == "Towel squeeze");
    f.stack().undo();
    CHECK(f.document->new_exercises().empty());
    CHECK_FALSE(f.document->is_valid());
    f.stack().redo();
    CHECK(f.document->new_exercises().size() == 1);
}

TEST_CASE("problems and the estimate follow every change", "[editor]")
{
    Fixture f;
    CHECK(f.document->is_valid());
    // 10 lead-in + (30 + 5 + 30) sided hold, 20 rest, 10 lead-in + 40 hold
    CHECK(f.document->estimated_seconds() == Approx(145));
    f.stack().push(new SetStepValueCommand(f.document.get(), 2, StepField::hold, 60));
    CHECK(f.document->estimated_seconds() == Approx(165));
    f.stack().push(
        new SetRoutineFieldCommand(f.document.get(), RoutineField::title, std::string()));
    REQUIRE(f.document->problems().size() == 1);
    CHECK(f.document->problems()[0].pointer == "/routine/title");
    CHECK(f.document->problems()[0].message == "must not be empty");
    f.stack().push(new SetStepValueCommand(f.document.get(), 1, StepField::note, std::string(" ")));
    CHECK(
        f.document->steps()->index(1).data(StepListModel::problems_role).toString().toStdString() ==
        "must not be empty");
    CHECK(f.document->steps()->index(0).data(StepListModel::problems_role).toString().isEmpty());
}

TEST_CASE("the step model moves rows by moveRows and by dropped mime data", "[editor]")
{
    Fixture f;
    StepListModel* model = f.document->steps();
    CHECK(model->moveRows({}, 0, 1, {}, 3)); // to the end, Qt's way
    CHECK(f.holds() == std::vector<int>{-20, 40, 30});
    CHECK(f.stack().count() == 1);
    CHECK_FALSE(model->moveRows({}, 1, 1, {}, 2)); // onto itself: nothing to do
    CHECK(f.stack().count() == 1);

    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2)}));
    CHECK(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(f.holds() == std::vector<int>{30, -20, 40});
    CHECK(f.stack().count() == 2);
    CHECK(f.stack().undoText().toStdString() == "Move Side stretch to position 1");

    QMimeData other;
    other.setText(QStringLiteral("not a step"));
    CHECK_FALSE(model->dropMimeData(&other, Qt::MoveAction, 0, 0, {}));
}

TEST_CASE("a read-only routine refuses drags and drops", "[editor]")
{
    Fixture f(true);
    StepListModel* model = f.document->steps();
    CHECK_FALSE(model->flags(model->index(0)).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(model->moveRows({}, 0, 1, {}, 3));
    CHECK(f.stack().count() == 0);
    CHECK(f.document->is_valid()); // its own id is not "taken" by itself
}
