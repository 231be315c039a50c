// The routine editor page: the routines to open on the left, the routine being edited on the
// right, and the actions on a tool bar: New, Duplicate to edit, Rename, Delete (to the trash),
// Import, Export, Undo, Redo, Save and Try it.
//
// The user's routines are saved to <data dir>/routines/<id>.json. Exercises written in the editor
// go to <data dir>/routines/my-exercises.json (a file with only "exercises"), so every routine
// can use them; an export copies the ones it uses into the exported file.
#pragma once

#include "core/routine/routine.h"
#include "core/routine/routine_library.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_prompts.h"
#include "gui/editor/user_files.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QAction;
class QListView;
class QToolBar;
class QUndoGroup;

namespace unknot::gui {

class EditorView;
class RoutineListModel;

class EditorPage : public QWidget {
    Q_OBJECT
public:
    // `prompts` asks the person; null means real dialogs.
    EditorPage(UserFiles files, std::unique_ptr<EditorPrompts> prompts = nullptr,
               QWidget* parent = nullptr);
    ~EditorPage() override;

    // The library to list and to check against; the page never outlives it without a new one.
    void set_library(const RoutineLibrary* library);

    EditorDocument* document() const { return document_; }
    EditorView* view() const { return view_; }
    QListView* routine_list() const { return list_; }
    QAction* action(const QString& name) const; // "new", "save", "undo", "try", ...

    // Leaving the routine: asks about unsaved changes. False when the person cancels.
    bool maybe_close();

    bool open(const std::string& id); // a routine of the library; built-in ones read-only
    void new_routine();
    void duplicate_to_edit();
    bool save();
    void rename();
    void delete_routine();
    void import_routine(); // asks for the file
    // Imports the routine file at `path` when it is valid (else shows its problems); then opens it.
    bool import_file_at(const QString& path);
    void export_routine();
    void try_routine();

signals:
    // The user's files at `paths` changed (save, import, delete): read them into the library
    // again and call set_library.
    void library_changed(const QStringList& paths);
    // Play this routine as it is now; `exercises` are all the exercises its steps use.
    void try_requested(const unknot::Routine& routine,
                       const std::vector<unknot::Exercise>& exercises);

private:
    void build_actions();
    void build_layout();
    void set_document(EditorDocument* document);
    void update_actions();
    void select_in_list(const std::string& id);
    void list_selection_changed();
    std::vector<std::string> reserved_ids() const;
    std::vector<std::string> taken_ids() const;
    std::vector<Exercise> user_exercises() const;

    UserFiles files_;
    std::unique_ptr<EditorPrompts> prompts_;
    const RoutineLibrary* library_ = nullptr;
    QPointer<EditorDocument> document_;
    QUndoGroup* undo_group_;
    RoutineListModel* list_model_;
    QListView* list_;
    QToolBar* toolbar_;
    EditorView* view_;
    bool selecting_ = false; // the list is being set from code, not by the person
};

} // namespace unknot::gui
