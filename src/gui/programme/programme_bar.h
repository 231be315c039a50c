// The programme above the library's routines: "Week 2 of 4 — 1 of 3 sessions done, next:
// Thursday", this week's doses of the selected routine and why, and "Start a programme…".
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace unknot::gui {

class ProgrammeBar : public QWidget {
    Q_OBJECT
public:
    explicit ProgrammeBar(QWidget* parent = nullptr);

    // `status` empty: no programme yet. `doses`: one line per step whose dose is derived.
    void show_state(const QString& status, const QStringList& doses, const QString& problems);

    QLabel* status_label() const { return status_; }
    QLabel* doses_label() const { return doses_; }
    QPushButton* start_button() const { return start_; }

signals:
    void start_requested();

private:
    QLabel* status_;
    QLabel* doses_;
    QPushButton* start_;
};

} // namespace unknot::gui
