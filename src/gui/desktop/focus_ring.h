// A strong frame around whatever has the keyboard focus, in every window of the app: some styles
// show the focus faintly or not at all (Fusion on a default button or on a text browser).
#pragma once

#include <QObject>
#include <QPointer>

#include <QList>

#include <memory>

class QFocusFrame;
class QStyle;
class QWidget;

namespace unknot::gui {

class FocusRing : public QObject {
    Q_OBJECT
public:
    // Follows QApplication::focusChanged from now on.
    explicit FocusRing(QObject* parent = nullptr);
    ~FocusRing() override;

    QWidget* ringed() const; // the widget the frame is around now, or null

private:
    void follow(QWidget* now);

    std::unique_ptr<QStyle> style_;
    QPointer<QFocusFrame> frame_; // lives in the focused widget's window, which may go first
};

// Puts `widgets` one after the other in the Tab order, from where the first one is.
void set_tab_order(const QList<QWidget*>& widgets);
// The widgets inside `container` in the order Tab reaches them now.
QList<QWidget*> tab_order_inside(QWidget* container);

} // namespace unknot::gui
