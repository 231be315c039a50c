// The editor page as a person uses it: the page with its library (reloaded from a temporary
// data folder as the main window does), keys, clicks and the modal dialogs.
#pragma once

#include "core/routine/routine_format.h"
#include "core/session/session_engine.h"
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

namespace unknot::test {

using namespace unknot::gui;

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
inline void with_dialog(const std::function<void()>& open, const std::function<void(Dialog&)>& act)
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

inline void pick_exercise(EditorApp& app, const QString& search)
{
    with_dialog<ExercisePickerDialog>(
        [&] { QTest::mouseClick(app.button("add_exercise"), Qt::LeftButton); },
        [&](ExercisePickerDialog& picker) {
            QTest::keyClicks(picker.search_edit(), search);
            QTest::keyClick(picker.search_edit(), Qt::Key_Return);
        });
}

inline std::vector<std::string> step_exercises(const Routine& routine)
{
    std::vector<std::string> ids;
    for (const Step& step : routine.steps)
        ids.push_back(step.kind == StepKind::rest ? "rest" : step.exercise);
    return ids;
}

// Builds: a sided hold (thread the needle, 45 s each side), paced reps (cat-camel, 6 reps at 10 s
// each), and a 30 s rest between them.
inline void build_three_steps(EditorApp& app)
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

} // namespace unknot::test
