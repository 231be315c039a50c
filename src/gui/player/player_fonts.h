// Font sizes in the player follow the window's height, so that full screen reads from further.
#pragma once

#include <QFont>
#include <QWidget>

#include <algorithm>

namespace unknot::gui {

// The player's base text size in pixels for a page `height` pixels high.
inline int player_base_pixels(int height)
{
    return std::clamp(height / 40, 12, 44);
}

inline void set_pixel_font(QWidget* widget, double pixels, bool bold = false, bool italic = false)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(8, static_cast<int>(pixels)));
    font.setBold(bold);
    font.setItalic(italic);
    widget->setFont(font);
}

} // namespace unknot::gui
