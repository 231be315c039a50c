// The editor inside the main window: the library reloads after a save, Try it plays the edited
// routine, and closing the window asks about unsaved changes.
#include "editor_test_support.h"
#include "gui/editor/commands/set_step_value_command.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_page.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"
#include "player_fixture.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

#include <atomic>
#include <filesystem>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

namespace {

struct Window {
    DataDir data;
    RoutineLibrary first_library = data.load(test_sources());
    ManualClock clock;
    QTemporaryDir settings_dir;
    QSettings settings{settings_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    MainWindow window{&first_library};
    ScriptedPrompts* prompts = nullptr;
    EditorPage* editor = nullptr;
    std::atomic<int> reloads = 0;      // counted on the loader's thread
    std::vector<QStringList> reloaded; // what each reload was told had changed

    Window()
    {
        window.set_player(new PlayerPage(clock, settings, nullptr));
        auto owned = std::make_unique<ScriptedPrompts>();
        prompts = owned.get();
        editor = new EditorPage(UserFiles(data.path(), UserFiles::Trash::data_dir_only),
                                std::move(owned));
        window.set_library_source(
            {.load = [this] { return data.load(test_sources()); },
             .reload =
                 [this](const RoutineLibrary& current, const QStringList& changed) {
                     ++reloads;
                     reloaded.push_back(changed);
                     std::vector<std::filesystem::path> paths;
                     for (const QString& path : changed)
                         paths.emplace_back(path.toStdString());
                     return RoutineLibrary::reloaded(current, paths);
                 }});
        window.set_editor(editor);
        window.show();
    }
    // The library loads on a worker thread; this waits for it to be in (not for a time).
    void wait_for_library()
    {
        QSignalSpy loaded(&window, &MainWindow::library_loaded);
        REQUIRE((window.library_loading() ? loaded.wait(10000) : true));
    }
    int library_rows() const
    {
        return window.library_page()->findChild<QTableView*>()->model()->rowCount();
    }
};

} // namespace

TEST_CASE("saving in the editor reloads the library for every page", "[editor][window]")
{
    Window w;
    const int rows = w.library_rows();
    REQUIRE(w.editor->open("test-every-step-kind"));
    w.editor->action(QStringLiteral("duplicate"))->trigger(); // saves the copy
    CHECK(w.window.library_loading()); // on the worker: the window goes on meanwhile
    CHECK(w.window.library() == &w.first_library);
    w.wait_for_library();
    CHECK(w.reloads == 1);
    REQUIRE(w.reloaded.size() == 1);
    CHECK(
        w.reloaded[0] ==
        QStringList{
            QDir(w.data.path()).filePath(QStringLiteral("routines/every-kind-of-step-copy.json"))});
    REQUIRE(w.window.library() != &w.first_library);
    CHECK(w.window.library()->find_routine("every-kind-of-step-copy"));
    CHECK(w.library_rows() == rows + 1);
    w.window.library_page()->select(QStringLiteral("every-kind-of-step-copy"));
    CHECK(w.window.library_page()->selected_id().toStdString() == "every-kind-of-step-copy");
    CHECK(w.editor->document()->is_valid()); // checked against the new library: its id is its own
}

TEST_CASE("Try it plays the routine being edited, unsaved changes included", "[editor][window]")
{
    Window w;
    REQUIRE(w.editor->open("test-every-step-kind"));
    w.editor->action(QStringLiteral("duplicate"))->trigger();
    EditorDocument& document = *w.editor->document();
    document.undo_stack()->push(new SetStepValueCommand(&document, 1, StepField::hold, 45));
    w.editor->action(QStringLiteral("try"))->trigger();
    PlayerPage* player = w.window.player_page();
    REQUIRE(player->playing());
    CHECK(player->routine_id().toStdString() == "every-kind-of-step-copy");
    CHECK(w.window.findChild<QStackedWidget*>()->currentWidget() == player);
    const auto& phases = player->engine()->plan().phases;
    const bool edited_hold = std::any_of(phases.begin(), phases.end(), [](const Phase& p) {
        return p.kind == PhaseKind::hold && p.step_index == 1 && p.planned_seconds == 45;
    });
    CHECK(edited_hold);
}

TEST_CASE("closing the window with unsaved changes asks first", "[editor][window]")
{
    Window w;
    REQUIRE(w.editor->open("test-every-step-kind"));
    w.editor->action(QStringLiteral("duplicate"))->trigger();
    EditorDocument& document = *w.editor->document();
    document.undo_stack()->push(new SetStepValueCommand(&document, 1, StepField::hold, 45));
    w.wait_for_library();
    w.prompts->unsaved_answers = {UnsavedChoice::cancel, UnsavedChoice::discard};
    CHECK_FALSE(w.window.close());
    CHECK(w.window.isVisible());
    CHECK(w.window.close());
    CHECK(w.prompts->unsaved_questions == 2);
    CHECK(w.window.library()
              ->find_routine("every-kind-of-step-copy")
              ->routine.steps[1]
              .hold_seconds == 30);
}
