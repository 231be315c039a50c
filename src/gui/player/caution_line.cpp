#include "gui/player/caution_line.h"

#include "gui/player/player_fonts.h"

#include <cmath>

namespace unknot::gui {

CautionLine::CautionLine(QWidget* parent) : TextLabel(Fit::wrap, parent)
{
    setObjectName(QStringLiteral("caution_label"));
    setAccessibleName(tr("When to stop"));
    setStyleSheet(QStringLiteral("QLabel { color: #4a2c00; background: #ffedc2;"
                                 " border-left: 10px solid #c77700; border-radius: 4px;"
                                 " padding: 6px 12px; }"));
    hide();
}

void CautionLine::show_cautions(const QStringList& cautions, double seconds_into_phase)
{
    if (cautions.isEmpty()) {
        hide();
        return;
    }
    const auto turn =
        static_cast<qsizetype>(std::floor(std::max(0.0, seconds_into_phase) / kSecondsEach));
    const QString text = cautions[turn % cautions.size()];
    if (text != this->text())
        setText(text);
    show();
}

void CautionLine::set_base_pixels(int pixels)
{
    set_pixel_font(this, pixels * 1.2, true);
}

QString CautionLine::caution() const
{
    return isVisibleTo(parentWidget()) ? text() : QString();
}

} // namespace unknot::gui
