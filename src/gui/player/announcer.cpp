#include "gui/player/announcer.h"

#include <QAccessibleWidget>

namespace unknot::gui {

namespace {

QAccessibleInterface* notification_interface(const QString& class_name, QObject* object)
{
    if (class_name == QLatin1String(Announcer::staticMetaObject.className()) &&
        object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Notification);
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget* parent) : QWidget(parent)
{
    QAccessible::installFactory(notification_interface); // once: Qt skips a factory it has
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    hide();
}

void Announcer::announce(const QString& line)
{
    hide();
    setAccessibleName(line);
    show(); // ObjectShow: AT-SPI tells listeners the notification is showing
    emit announced(line);
}

} // namespace unknot::gui
