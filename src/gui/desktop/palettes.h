// Light and dark palettes for the Fusion style: `unknot --palette dark|light` and the screenshot
// tests use them; without the option the desktop's own style and palette apply.
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace unknot::gui {

QPalette light_palette();
QPalette dark_palette();

// "dark" or "light": the Fusion style with that palette. Returns false (and changes nothing)
// for any other name.
bool apply_palette(QApplication& app, const QString& name);

} // namespace unknot::gui
