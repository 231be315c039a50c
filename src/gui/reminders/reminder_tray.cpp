#include "gui/reminders/reminder_tray.h"

#include "gui/desktop/app_identity.h"
#include "gui/main_window.h"
#include "gui/player/player_page.h"
#include "gui/reminders/reminder_service.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace unknot::gui {

ReminderTray::ReminderTray(MainWindow& window, ReminderService& service, bool use_tray,
                           QObject* parent)
    : QObject(parent), window_(window), service_(service)
{
    if (use_tray) {
        tray_ = new QSystemTrayIcon(app_icon(), this);
        tray_->setToolTip(tr("Unknot"));
        auto* menu = new QMenu(&window_);
        menu->addAction(tr("Show Unknot"), &window_, [this] {
            window_.showNormal();
            window_.raise();
            window_.activateWindow();
        });
        menu->addAction(tr("Start the usual routine"), this,
                        [this] { offered_ = service_.usual_routine(), start_offered(); });
        tray_->setContextMenu(menu);
        connect(tray_, &QSystemTrayIcon::messageClicked, this, &ReminderTray::start_offered);
    }
    connect(&service_, &ReminderService::remind, this, &ReminderTray::show_reminder);
    update_icon();
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
    if (tray_ && tray_->isVisible())
        tray_->showMessage(tr("Unknot"), message_, app_icon(), 60 * 1000);
    else
        ask_in_window(message_);
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
    window_.showNormal();
    window_.raise();
    window_.activateWindow();
    const PlayerPage* player = window_.player_page();
    if (offered_.isEmpty() || (player && player->playing()))
        return; // the window is in front: the library is there to pick from
    window_.play(offered_);
}

} // namespace unknot::gui
