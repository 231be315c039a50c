#include "gui/open_anyway_question.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace unknot::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("unknot::gui", text);
}

} // namespace

bool ask_open_anyway(const QString& host, const QString& data_dir)
{
    // One plain-text label: the host name comes from a file and must not be read as markup.
    const QString text =
        tr("Another computer, %1, may be using this folder. Open anyway?").arg(host) +
        QStringLiteral("\n\n") +
        tr("The data folder %1 is marked as in use by Unknot on %2. If Unknot is still open "
           "there, close it first: two copies writing the same history can lose sessions. If it "
           "is closed (or that computer is off), open it here.")
            .arg(QDir::toNativeSeparators(data_dir), host);
    QMessageBox box(QMessageBox::Question, tr("Unknot"), text, QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("open-anyway"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* open = box.addButton(tr("Open anyway"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.setEscapeButton(quit);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace unknot::gui
