// Picks an exercise from the catalogue: type to search by name, equipment or focus; Enter or a
// double click takes the selected one.
#pragma once

#include "core/routine/routine.h"

#include <QDialog>

#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace unknot::gui {

class ExerciseTableModel;
class FigureWidget;

class ExercisePickerDialog : public QDialog {
    Q_OBJECT
public:
    ExercisePickerDialog(std::vector<Exercise> exercises, QWidget* parent = nullptr);

    std::string selected_id() const; // empty when nothing is selected
    QLineEdit* search_edit() const { return search_; }
    QTableView* table() const { return table_; }
    FigureWidget* figure() const { return figure_; } // the selected exercise, moving

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show_selected();
    void select_first_if_none();

    ExerciseTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* search_;
    QTableView* table_;
    QLabel* detail_;
    FigureWidget* figure_;
};

} // namespace unknot::gui
