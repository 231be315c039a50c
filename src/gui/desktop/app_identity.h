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

// The installed theme icon, or the copy compiled into the binary when it is not installed.
QIcon app_icon();

// setDesktopFileName (so Wayland and the task bar match the window to its .desktop file) and the
// window icon. Call once the QGuiApplication exists.
void apply_app_identity();

} // namespace unknot::gui
