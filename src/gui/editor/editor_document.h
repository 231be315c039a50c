// One routine being edited: its file, the exercises made while editing, the undo stack, and
// the problems and estimated duration of the current state.
#pragma once

#include "core/base/problem.h"
#include "core/routine/routine.h"
#include "core/routine/routine_library.h"
#include "gui/editor/editor_fields.h"

#include <QObject>
#include <QString>

#include <string_view>
#include <vector>

class QUndoStack;

namespace unknot::gui {

class StepListModel;

class EditorDocument : public QObject {
    Q_OBJECT
public:
    // `file` must hold a routine. `path` is where it is saved (empty: not saved yet);
    // `reserved_ids` are ids no routine may take (such as the user's exercise file's name).
    EditorDocument(RoutineFile file, QString path, bool read_only, QObject* parent = nullptr);
    ~EditorDocument() override;

    const RoutineFile& file() const { return file_; }
    const Routine& routine() const { return *file_.routine; }
    const std::vector<Exercise>& new_exercises() const { return new_exercises_; }
    QUndoStack* undo_stack() const { return undo_stack_; }
    StepListModel* steps() const { return steps_; }

    QString path() const { return path_; }
    bool is_new() const { return path_.isEmpty(); }
    bool read_only() const { return read_only_; }
    bool is_modified() const;

    // The library the routine may use; validation and the estimate follow it.
    void set_library(const RoutineLibrary* library, std::vector<std::string> reserved_ids = {});
    const Exercise* find_exercise(std::string_view id) const;
    std::vector<Exercise> known_exercises() const; // the library's, the file's and the new ones
    QString step_name(const Step& step) const;     // "Cat-camel", "Heat pack", "Rest"

    const Problems& problems() const { return problems_; }
    Problems problems_under(const std::string& pointer_prefix) const;
    bool is_valid() const { return problems_.empty(); }
    double estimated_seconds() const { return estimated_seconds_; }

    // After a save: the routine now lives at `path` with this id; the undo stack is clean.
    void mark_saved(const QString& path, const std::string& id);

    // For the undo commands (editor/commands): every change goes through the undo stack.
    void set_routine_value(RoutineField field, const FieldValue& value);
    void set_step_value(int row, StepField field, const FieldValue& value);
    void insert_step(int row, const Step& step);
    Step take_step(int row);
    void move_step(int from, int to); // `to` is the step's index after the move
    void add_new_exercise(const Exercise& exercise);
    void remove_new_exercise(const std::string& id);

signals:
    void routine_changed();     // a routine field changed
    void step_changed(int row); // a field of one step changed
    void exercises_changed();   // an exercise was made or unmade
    void changed();             // anything changed: problems and estimate are fresh
    void modified_changed(bool modified);

private:
    void refresh();
    std::vector<Step>& mutable_steps() { return file_.routine->steps; }

    RoutineFile file_;
    QString path_;
    bool read_only_;
    std::vector<Exercise> new_exercises_;
    const RoutineLibrary* library_ = nullptr;
    std::vector<std::string> reserved_ids_;
    QUndoStack* undo_stack_;
    StepListModel* steps_;
    Problems problems_;
    double estimated_seconds_ = 0;
};

} // namespace unknot::gui
