// Writes a new exercise for the user's catalogue: name, summary, instructions (one per line),
// cues, cautions, sides, equipment and focus, checked as you type with the format's rules, and
// a figure started from a similar built-in one and adjusted with sliders.
#pragma once

#include "core/routine/routine.h"

#include <QDialog>

#include <map>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace unknot::gui {

class FigureEditor;
class ProblemLabel;

class NewExerciseDialog : public QDialog {
    Q_OBJECT
public:
    // `taken_ids`: every exercise id in use; the new id is made from the name and kept unique.
    NewExerciseDialog(std::vector<std::string> taken_ids, QWidget* parent = nullptr);

    // The exercises whose figures the new one can start from.
    void set_figure_sources(const std::vector<Exercise>& exercises);

    Exercise exercise() const;
    bool is_valid() const;

    QLineEdit* name_edit() const { return name_; }
    QLineEdit* summary_edit() const { return summary_; }
    QPlainTextEdit* instructions_edit() const { return instructions_; }
    QComboBox* sides_box() const { return sides_; }
    FigureEditor* figure_editor() const { return figure_; }
    QCheckBox* equipment_box(const std::string& id) const;

private:
    void add_row(QFormLayout* form, const QString& label, QWidget* field, const std::string& key);
    QWidget* equipment_boxes();
    void touch(const std::string& key);
    void validate();

    std::vector<std::string> taken_ids_;
    QLineEdit* name_;
    QLineEdit* summary_;
    QPlainTextEdit* instructions_;
    QPlainTextEdit* cues_;
    QPlainTextEdit* cautions_;
    QComboBox* sides_;
    std::map<std::string, QCheckBox*> equipment_;
    QLineEdit* focus_;
    FigureEditor* figure_;
    QLabel* needed_; // what is still missing, before those fields are touched
    QDialogButtonBox* buttons_;
    std::map<std::string, ProblemLabel*> problem_labels_; // by JSON key
    std::set<std::string> touched_; // keys of fields edited so far: only they show problems
};

} // namespace unknot::gui
