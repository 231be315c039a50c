// Edits one document: the routine's fields, its steps and the selected step, with the estimated
// duration and whether the routine can be saved. Opens the exercise picker and the new-exercise
// dialog when a step needs an exercise.
#pragma once

#include "gui/editor/editor_document.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace unknot::gui {

class RoutineForm;
class StepEditor;
class StepListPanel;

class EditorView : public QWidget {
    Q_OBJECT
public:
    explicit EditorView(QWidget* parent = nullptr);

    void set_document(EditorDocument* document);
    EditorDocument* document() const { return document_; }

    RoutineForm* form() const { return form_; }
    StepListPanel* step_list() const { return steps_; }
    StepEditor* step_editor() const { return step_editor_; }
    QLabel* duration_label() const { return duration_; }
    QLabel* status_label() const { return status_; }
    QLabel* length_warning() const { return length_warning_; } // shown past two hours

    // The dialogs, also callable directly (tests, menus).
    void add_exercise_step(int row);
    void add_new_exercise_step(int row);
    void change_exercise(int row);

private:
    void build_layout();
    void show_status();

    QPointer<EditorDocument> document_;
    QLabel* status_;
    QLabel* duration_;
    QLabel* length_warning_;
    RoutineForm* form_;
    StepListPanel* steps_;
    StepEditor* step_editor_;
};

} // namespace unknot::gui
