// The routine's own fields: title, summary, focus, weekly target, lead-in, notes, when to see a
// professional, credit. Each edit becomes an undo command; each problem shows under its field.
#pragma once

#include "gui/editor/editor_fields.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace unknot::gui {

class EditorDocument;
class ProblemLabel;

class RoutineForm : public QWidget {
    Q_OBJECT
public:
    explicit RoutineForm(QWidget* parent = nullptr);

    void set_document(EditorDocument* document);
    QLineEdit* title_edit() const { return title_; }
    QLineEdit* summary_edit() const { return summary_; }
    QPlainTextEdit* notes_edit() const { return notes_; }
    QPlainTextEdit* professional_edit() const { return professional_; }

private:
    void add_row(QFormLayout* layout, const QString& label, QWidget* field, RoutineField key);
    void connect_edits();
    void edit(RoutineField field, const FieldValue& value);
    void show_values();
    void show_problems();
    FieldValue widget_value(RoutineField field) const;

    QPointer<EditorDocument> document_;
    QLineEdit* title_;
    QLineEdit* summary_;
    QLineEdit* focus_;
    QSpinBox* weekly_target_;
    QSpinBox* lead_in_;
    QPlainTextEdit* notes_;
    QPlainTextEdit* professional_;
    QLineEdit* credit_;
    std::map<RoutineField, ProblemLabel*> problem_labels_;
};

} // namespace unknot::gui
