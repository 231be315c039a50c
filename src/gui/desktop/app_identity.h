// Who the app is to the desktop: the reverse-DNS id (UNKNOT_APP_ID, set in the top CMakeLists.txt)
// and its icon.
#pragma once

#include <QIcon>
#include <QString>

namespace unknot::gui {

inline QString app_id()
{
    return QStringLiteral(UNKNOT_APP_ID);
}

// The icon's sizes compiled into the binary (the same PNGs as the installed hicolor ones).
QIcon app_icon();

// setDesktopFileName, so Wayland and the task bar match the window to its .desktop file. Call once
// the QGuiApplication exists, before any window.
void apply_app_identity();

// The windows' icon. Reading the first image loads Qt's image plugins' list (2 ms), so the app
// calls it once its window is on screen.
void apply_app_icon();

} // namespace unknot::gui
