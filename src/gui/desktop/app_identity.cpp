#include "gui/desktop/app_identity.h"

#include <QGuiApplication>

namespace unknot::gui {

// The bundled sizes, not QIcon::fromTheme: looking the name up walks the icon theme's folders,
// and with the SVG renderer that cost 3 ms of every start (tests/bench/README.md).
QIcon app_icon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(app_id()),
                     QSize(size, size));
    return icon;
}

void apply_app_identity()
{
    QGuiApplication::setDesktopFileName(app_id());
}

void apply_app_icon()
{
    QGuiApplication::setWindowIcon(app_icon());
}

} // namespace unknot::gui
