#include "gui/desktop/app_identity.h"

#include <QDir>
#include <QGuiApplication>

namespace unknot::gui {

// The bundled sizes, not QIcon::fromTheme: looking the name up walks the icon theme's folders,
// and with the SVG renderer that cost 3 ms of every start (tests/bench/README.md).
QIcon app_icon()
{
    QIcon icon;
    const QDir icons(QStringLiteral(":/icons")); // one folder a size: 16x16, 22x22, ...
    for (const QString& size : icons.entryList(QDir::Dirs)) {
        const int side = size.section(QLatin1Char('x'), 0, 0).toInt();
        icon.addFile(icons.filePath(QStringLiteral("%1/%2.png").arg(size, app_id())),
                     QSize(side, side));
    }
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
