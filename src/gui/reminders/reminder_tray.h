// Shows the reminders: a tray icon (where the desktop has a tray) whose message offers the usual
// routine, or, without a tray, a small non-modal question over the window. Starting goes through
// MainWindow::play, so it is the same as pressing Start in the library.
#pragma once

#include <QObject>
#include <QPointer>

#include <QMessageBox>
class QSystemTrayIcon;

namespace unknot::gui {

class MainWindow;
class ReminderService;

class ReminderTray : public QObject {
    Q_OBJECT
public:
    // `use_tray`: QSystemTrayIcon::isSystemTrayAvailable() in the app; tests choose.
    ReminderTray(MainWindow& window, ReminderService& service, bool use_tray,
                 QObject* parent = nullptr);

    void show_reminder(const QString& routine_id);
    void start_offered(); // what clicking the message or "Start" does
    // The tray icon is there while some reminder is planned.
    void update_icon();

    QSystemTrayIcon* tray() const { return tray_; }
    QMessageBox* question() const { return question_; }
    QString offered() const { return offered_; }
    QString message() const { return message_; }

private:
    QString title_of(const QString& routine_id) const;
    void ask_in_window(const QString& text);

    MainWindow& window_;
    ReminderService& service_;
    QSystemTrayIcon* tray_ = nullptr;
    QPointer<QMessageBox> question_;
    QString offered_;
    QString message_;
};

} // namespace unknot::gui
