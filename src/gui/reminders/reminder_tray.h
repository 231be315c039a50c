// Shows the reminders: a desktop notification with the buttons "Start NAME" and "Not today"
// (DesktopNotifications); without a notification server, the tray icon's message (where the
// desktop has a tray); else a small non-modal question over the window. Starting goes through
// MainWindow::play, so it is the same as pressing Start in the library.
//
// While reminders are on and a tray is there, Unknot waits in it: closing the window hides it
// (the first time it says so, and how to quit), the tray's menu shows it again or quits. A tray
// that comes later is used from then on; when the tray goes, a hidden window comes back.
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class QSettings;
class QSystemTrayIcon;

namespace unknot::gui {

class DesktopNotifications;
class MainWindow;
class ReminderService;

class ReminderTray : public QObject {
    Q_OBJECT
public:
    // `use_tray`: whether the desktop has a tray now (TrayWatch in the app; tests choose).
    // `notifications` (may be null: none) and `settings` (may be null: nothing remembered) must
    // outlive this.
    ReminderTray(MainWindow& window, ReminderService& service, bool use_tray,
                 DesktopNotifications* notifications = nullptr, QSettings* settings = nullptr,
                 QObject* parent = nullptr);

    void show_reminder(const QString& routine_id);
    void start_offered(); // what clicking the message or "Start" does
    // The tray icon is there while some reminder is planned.
    void update_icon();
    void set_tray_available(bool available);
    // Closing the window hides it: reminders are on and the tray icon is there.
    bool waits_in_tray() const;

    QSystemTrayIcon* tray() const { return tray_; }
    QMessageBox* question() const { return question_; }
    QString offered() const { return offered_; }
    QString message() const { return message_; }

private:
    QString title_of(const QString& routine_id) const;
    void make_tray_icon();
    void notify();
    void on_notification_action(const QString& key);
    void show_without_server(); // the tray's message, else the question in the window
    void ask_in_window(const QString& text);
    void show_window();
    void on_hidden();

    MainWindow& window_;
    ReminderService& service_;
    DesktopNotifications* notifications_;
    QSettings* settings_;
    QSystemTrayIcon* tray_ = nullptr;
    QPointer<QMessageBox> question_;
    std::function<void()> fallback_; // what shows the last message when no server answers
    QString offered_;
    QString message_;
};

} // namespace unknot::gui
