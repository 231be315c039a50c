// The fields of the selected step: kind, exercise, hold, reps, tempo, sets, rests, activity,
// seconds and note. Only the fields of the step's kind are shown; problems show under them.
#pragma once

#include "core/routine/routine_limits.h"
#include "gui/editor/editor_fields.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace unknot::gui {

class EditorDocument;
class ProblemLabel;

class StepEditor : public QWidget {
    Q_OBJECT
public:
    explicit StepEditor(QWidget* parent = nullptr);

    void set_document(EditorDocument* document);
    void set_row(int row); // -1: no step; the editor follows the step when steps move
    int row() const { return index_.isValid() ? index_.row() : -1; }
    // As wide as the fields of every kind of step need, whichever are shown.
    QSize minimumSizeHint() const override;

    QComboBox* kind_box() const { return kind_; }
    QLabel* exercise_label() const { return exercise_; }
    QSpinBox* spin_box(StepField field) const;
    QCheckBox* paced_box() const { return paced_; }
    QDoubleSpinBox* tempo_box() const { return tempo_; }
    QLineEdit* note_edit() const { return note_; }
    QLineEdit* activity_edit() const { return activity_; }

signals:
    void change_exercise_requested(int row);

private:
    QSpinBox* add_spin(StepField field, IntRange range, const QString& suffix);
    void add_row(const QString& label, QWidget* field, StepField key);
    void connect_edits();
    void edit(StepField field, const FieldValue& value);
    void change_kind(int index);
    void show_values();
    void show_problems();
    void show_rows(StepKind kind);
    void show_fields(const std::function<bool(StepField)>& shown);

    QPointer<EditorDocument> document_;
    QPersistentModelIndex index_;
    QFormLayout* form_;
    QLabel* empty_;
    QComboBox* kind_;
    QLabel* exercise_;
    QPushButton* change_exercise_;
    std::map<StepField, QSpinBox*> spins_;
    QCheckBox* paced_;
    QDoubleSpinBox* tempo_;
    QLineEdit* activity_;
    QLineEdit* note_;
    std::map<StepField, QWidget*> rows_;
    std::map<StepField, ProblemLabel*> problem_labels_;
    int all_rows_width_ = 0;
};

} // namespace unknot::gui
