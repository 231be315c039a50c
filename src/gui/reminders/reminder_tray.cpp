#include "gui/reminders/reminder_tray.h"

#include "gui/desktop/app_identity.h"
#include "gui/desktop/desktop_notifications.h"
#include "gui/main_window.h"
#include "gui/player/player_page.h"
#include "gui/reminders/reminder_service.h"
#include "gui/settings_keys.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace unknot::gui {

namespace {

const QString kStart = QStringLiteral("start");
const QString kNotToday = QStringLiteral("not-today");
const QString kShow = QStringLiteral("default"); // the spec's key for a click on the notification

} // namespace

ReminderTray::ReminderTray(MainWindow& window, ReminderService& service, bool use_tray,
                           DesktopNotifications* notifications, QSettings* settings,
                           QObject* parent)
    : QObject(parent), window_(window), service_(service), notifications_(notifications),
      settings_(settings)
{
    if (notifications_) {
        connect(notifications_, &DesktopNotifications::action_invoked, this,
                &ReminderTray::on_notification_action);
        connect(notifications_, &DesktopNotifications::unavailable, this, [this] {
            if (fallback_)
                fallback_();
        });
    }
    connect(&service_, &ReminderService::remind, this, &ReminderTray::show_reminder);
    window_.set_keep_running([this] { return waits_in_tray(); });
    connect(&window_, &MainWindow::hidden_to_tray, this, &ReminderTray::on_hidden);
    set_tray_available(use_tray);
}

void ReminderTray::make_tray_icon()
{
    tray_ = new QSystemTrayIcon(app_icon(), this);
    tray_->setToolTip(tr("Unknot"));
    auto* menu = new QMenu(&window_);
    menu->addAction(tr("Show Unknot"), this, &ReminderTray::show_window);
    menu->addAction(tr("Start the usual routine"), this,
                    [this] { offered_ = service_.usual_routine(), start_offered(); });
    menu->addSeparator();
    menu->addAction(tr("Quit Unknot"), &window_, &MainWindow::quit);
    tray_->setContextMenu(menu);
    connect(tray_, &QObject::destroyed, menu, &QObject::deleteLater);
    connect(tray_, &QSystemTrayIcon::messageClicked, this, &ReminderTray::start_offered);
    connect(tray_, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            show_window();
    });
}

void ReminderTray::set_tray_available(bool available)
{
    window_.set_tray_available(available);
    if (available && !tray_)
        make_tray_icon();
    if (!available && tray_) {
        delete std::exchange(tray_, nullptr);
        if (window_.isHidden())
            show_window(); // nothing else would bring it back
    }
    update_icon();
}

bool ReminderTray::waits_in_tray() const
{
    return tray_ && tray_->isVisible();
}

void ReminderTray::on_hidden()
{
    if (settings_ && settings_keys::hidden_to_tray_told.read(*settings_))
        return;
    if (settings_)
        settings_keys::hidden_to_tray_told.write(*settings_, true);
    const QString text = tr("Unknot keeps running in the system tray for your reminders. To quit, "
                            "choose Quit Unknot in the tray icon's menu, or press Ctrl+Q in the "
                            "window.");
    fallback_ = [this, text] {
        if (tray_)
            tray_->showMessage(tr("Unknot"), text, app_icon(), 20 * 1000);
    };
    if (notifications_)
        notifications_->show(tr("Unknot"), text, {});
    else
        fallback_();
}

void ReminderTray::update_icon()
{
    if (tray_)
        tray_->setVisible(service_.plan().any_day());
}

QString ReminderTray::title_of(const QString& routine_id) const
{
    const LibraryRoutine* entry =
        window_.library() ? window_.library()->find_routine(routine_id.toStdString()) : nullptr;
    return entry ? QString::fromStdString(entry->routine.title) : QString();
}

void ReminderTray::show_reminder(const QString& routine_id)
{
    offered_ = routine_id;
    const QString title = title_of(routine_id);
    message_ = title.isEmpty() ? tr("Time for your back exercises. Pick a routine in Unknot.")
                               : tr("Time for your back exercises: start “%1”?").arg(title);
    if (notifications_)
        notify();
    else
        show_without_server();
}

void ReminderTray::notify()
{
    QList<DesktopNotifications::Action> actions;
    const QString title = title_of(offered_);
    if (!title.isEmpty())
        actions << DesktopNotifications::Action{kStart, tr("Start %1").arg(title)};
    actions << DesktopNotifications::Action{kNotToday, tr("Not today")};
    fallback_ = [this] { show_without_server(); };
    notifications_->show(tr("Unknot"), message_, actions, kShow);
}

void ReminderTray::on_notification_action(const QString& key)
{
    if (key == kStart)
        start_offered();
    else if (key == kShow)
        ask_in_window(message_);
    // "Not today": the next reminder is on the next practice day anyway.
}

void ReminderTray::show_without_server()
{
    if (tray_ && tray_->isVisible())
        tray_->showMessage(tr("Unknot"), message_, app_icon(), 60 * 1000);
    else
        ask_in_window(message_);
}

void ReminderTray::show_window()
{
    window_.showNormal();
    window_.raise();
    window_.activateWindow();
}

void ReminderTray::ask_in_window(const QString& text)
{
    if (question_)
        question_->close();
    question_ = new QMessageBox(QMessageBox::Information, tr("Practice reminder"), text,
                                QMessageBox::NoButton, &window_);
    question_->setAttribute(Qt::WA_DeleteOnClose);
    question_->setModal(false);
    QAbstractButton* start = nullptr;
    if (!title_of(offered_).isEmpty())
        start = question_->addButton(tr("Start"), QMessageBox::AcceptRole);
    question_->addButton(tr("Not today"), QMessageBox::RejectRole);
    connect(question_, &QMessageBox::buttonClicked, this, [this, start](QAbstractButton* clicked) {
        if (clicked == start)
            start_offered();
    });
    window_.showNormal();
    window_.raise();
    question_->show();
}

void ReminderTray::start_offered()
{
    if (notifications_)
        notifications_->close();
    show_window();
    const PlayerPage* player = window_.player_page();
    if (offered_.isEmpty() || (player && player->playing()))
        return; // the window is in front: the library is there to pick from
    window_.play(offered_);
}

} // namespace unknot::gui
