// "Stop if …": the exercise's stop conditions as written, one at a time, during every phase of an
// exercise that has them (its lead-in, the holds or reps, the side switch). Several take turns,
// kSecondsEach each, counted from the start of the phase, so a pause holds the one shown.
#pragma once

#include "gui/text_label.h"

#include <QStringList>

namespace unknot::gui {

class CautionLine : public TextLabel {
    Q_OBJECT
public:
    static constexpr double kSecondsEach = 8.0;

    explicit CautionLine(QWidget* parent = nullptr);

    // Empty cautions hide the line.
    void show_cautions(const QStringList& cautions, double seconds_into_phase);
    void set_base_pixels(int pixels);
    QString caution() const; // the one shown, empty when hidden
};

} // namespace unknot::gui
