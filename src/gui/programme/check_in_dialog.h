// The check-in at the end of week three (source note 000): "Compared with when you started, how
// is your back?" Better, about the same or worse. About the same or worse shows the routine's red
// flags, the most urgent first, and the advice to see a professional.
#pragma once

#include "core/history/check_in.h"
#include "core/routine/routine.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace unknot::gui {

class CheckInDialog : public QDialog {
    Q_OBJECT
public:
    // `red_flags`: of the programme's routines.
    CheckInDialog(std::vector<RedFlags> red_flags, QWidget* parent = nullptr);

    std::optional<CheckInAnswer> answer() const { return answer_; }
    QLabel* guidance() const { return guidance_; } // shown after "about the same" or "worse"

signals:
    void answered(CheckInAnswer answer);

private:
    void choose(CheckInAnswer answer);

    std::vector<RedFlags> red_flags_;
    std::optional<CheckInAnswer> answer_;
    QStackedWidget* pages_;
    QLabel* guidance_;
};

// The guidance after "about the same" or "worse", in plain text: the emergency tier, then see a
// doctor soon, then see a professional; each line of each routine once.
QString check_in_guidance(CheckInAnswer answer, const std::vector<RedFlags>& red_flags);

} // namespace unknot::gui
