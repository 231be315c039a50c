#include "gui/desktop/app_identity.h"

#include <QGuiApplication>

namespace unknot::gui {

QIcon app_icon()
{
    return QIcon::fromTheme(app_id(), QIcon(QStringLiteral(":/icons/%1.svg").arg(app_id())));
}

void apply_app_identity()
{
    QGuiApplication::setDesktopFileName(app_id());
    QGuiApplication::setWindowIcon(app_icon());
}

} // namespace unknot::gui
