// The routine library: search, the list of routines, the selected routine's details, Start.
#pragma once

#include "core/routine/routine_library.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace unknot::gui {

class ProblemsBanner;
class RoutinePreview;
class RoutineSortModel;
class RoutineTableModel;

class LibraryPage : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPage(QWidget* parent = nullptr);

    void set_library(const RoutineLibrary* library);
    QString selected_id() const;
    void select(const QString& id);
    // A bar above the routines (the programme's week); the page takes ownership.
    void set_top_bar(QWidget* bar);

signals:
    void start_requested(const QString& routine_id);
    void print_requested(const QString& routine_id);
    void selection_changed(); // another routine, or none, is selected

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build_layout();
    void show_selected();
    void write_details();
    void request_start();

    const RoutineLibrary* library_ = nullptr;
    RoutineTableModel* model_;
    RoutineSortModel* proxy_;
    QLineEdit* search_;
    QTableView* table_;
    QTextBrowser* detail_;
    RoutinePreview* preview_; // the routine's exercises, moving
    QString previewed_id_;
    QPushButton* start_;
    QPushButton* print_;
    ProblemsBanner* problems_;
    // The details are written when they can be seen: a hidden text view lays the document out at
    // a width it will not have, and showing it then lays it out again (3 ms of every start-up).
    bool details_pending_ = false;
    // What the details show. A library reloaded with the same routine selected (start-up, a
    // save) keeps them: writing and laying them out again cost as much as the first time.
    struct Details {
        Routine routine;
        std::vector<Exercise> exercises;
        double seconds = 0;
        bool operator==(const Details&) const = default;
    };
    std::optional<Details> written_;
};

} // namespace unknot::gui
