#include "gui/session/history_startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace unknot::gui {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

QString native(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(QString::fromStdString(path.string()));
}

QString read_only_notice(const ReadOnlyReason& reason)
{
    QString text = tr("Sessions cannot be saved: %1.").arg(cannot_save_reason(reason)) +
                   QLatin1Char(' ') +
                   tr("Routines still play, and the history shows the sessions saved before.");
    if (reason.what == ReadOnlyReason::What::folder)
        text += QLatin1Char(' ') + tr("Changed settings are not kept either.");
    return text;
}

QString notice_for(const OpenResult& opened)
{
    const QString detail = QString::fromStdString(opened.message);
    switch (opened.outcome) {
    case OpenOutcome::ok:
        if (!opened.moved_aside)
            return {};
        return tr("The session history could not be read, so Unknot started a new one. The old "
                  "file was kept, unchanged, here:\n%1\n\nDetails: %2")
            .arg(QString::fromStdString(opened.moved_aside->string()), detail);
    case OpenOutcome::newer_schema:
        return tr("The session history was written by a newer version of Unknot. This version "
                  "leaves it untouched, so sessions will not be logged while you use it. "
                  "Routines still play.\n\nDetails: %1")
            .arg(detail);
    case OpenOutcome::read_only:
        return read_only_notice(*opened.read_only);
    default:
        return tr("The session history cannot be opened, so sessions will not be logged this "
                  "time. Routines still play.\n\nDetails: %1")
            .arg(detail);
    }
}

} // namespace

QString cannot_save_reason(const ReadOnlyReason& reason)
{
    if (reason.what == ReadOnlyReason::What::file)
        return tr("the session history %1 is read-only").arg(native(reason.path));
    if (reason.read_only_drive)
        return tr("the data folder %1 is on a read-only drive").arg(native(reason.path));
    return tr("you have no permission to write in the data folder %1").arg(native(reason.path));
}

QString not_logged_text(const ReadOnlyReason& reason)
{
    return tr("This session was not saved: %1.").arg(cannot_save_reason(reason));
}

HistoryStartup open_history_at_startup(const QString& data_dir, sys_seconds now)
{
    const QString file = QDir(data_dir).filePath(QStringLiteral("history.sqlite3"));
    OpenResult opened = open_history(std::filesystem::path(file.toStdString()), now);
    const QString not_logged = opened.read_only ? not_logged_text(*opened.read_only) : QString();
    return {std::move(opened.store), notice_for(opened), not_logged};
}

void show_history_notice(QWidget* window, const QString& notice)
{
    if (notice.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Session history"), notice,
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("history-notice"));
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace unknot::gui
