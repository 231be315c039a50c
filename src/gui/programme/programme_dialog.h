// "Start a programme…": the routine chosen in the library, practice days a week (the routine's
// weekly target by default), a length in weeks (four by default) and a start date (today).
#pragma once

#include "core/programme/programme.h"
#include "core/routine/routine.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QSpinBox;
class QLabel;

namespace unknot::gui {

class ProgrammeDialog : public QDialog {
    Q_OBJECT
public:
    ProgrammeDialog(const Routine& routine, QDate today, QWidget* parent = nullptr);

    Programme programme() const;

    QSpinBox* days_box() const { return days_; }
    QSpinBox* weeks_box() const { return weeks_; }
    QDateEdit* start_box() const { return start_; }

private:
    void update_days_text();

    std::string routine_id_;
    QSpinBox* days_;
    QSpinBox* weeks_;
    QDateEdit* start_;
    QLabel* days_text_;
};

} // namespace unknot::gui
