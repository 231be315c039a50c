// Says a short line to screen readers without taking the focus. Qt 6.4 has no announcement event,
// and AT-SPI drops Qt's Alert event; what reaches it is an object of role Notification becoming
// visible (object:state-changed:showing), which Orca speaks with its name. So the announcer is a
// one-pixel Notification that takes the line as its name and is shown again for each line.
#pragma once

#include <QWidget>

namespace unknot::gui {

class Announcer : public QWidget {
    Q_OBJECT
public:
    explicit Announcer(QWidget* parent);

    void announce(const QString& line);

signals:
    void announced(const QString& line);
};

} // namespace unknot::gui
