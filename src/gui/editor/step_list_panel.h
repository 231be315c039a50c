// The list of steps with its actions: add an exercise from the catalogue, write a new exercise,
// add a timed activity or a rest, duplicate, remove (Delete), move up and down (Alt+Up, Alt+Down,
// or drag and drop).
#pragma once

#include "core/base/problem.h"

#include <QPointer>
#include <QWidget>

class QListView;
class QPushButton;

namespace unknot::gui {

class EditorDocument;
class ProblemLabel;

class StepListPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepListPanel(QWidget* parent = nullptr);

    void set_document(EditorDocument* document);
    QListView* view() const { return view_; }
    int current_row() const;
    void select_row(int row);

    void add_timed();
    void add_rest();
    void duplicate_current();
    void remove_current();
    void move_current(int offset);

signals:
    void current_row_changed(int row);
    void add_exercise_requested(int row); // insert at `row`: pick from the catalogue
    void new_exercise_requested(int row); // insert at `row`: write a new exercise

private:
    QPushButton* add_button(const char* name, const QString& text, const QString& tip);
    void build_layout();
    void update_actions();
    int insert_row() const; // after the current step, or at the end
    void select_after_change(int row);

    QPointer<EditorDocument> document_;
    QListView* view_;
    ProblemLabel* problems_;
    QPushButton* add_exercise_;
    QPushButton* new_exercise_;
    QPushButton* add_timed_;
    QPushButton* add_rest_;
    QPushButton* duplicate_;
    QPushButton* remove_;
    QPushButton* up_;
    QPushButton* down_;
};

} // namespace unknot::gui
