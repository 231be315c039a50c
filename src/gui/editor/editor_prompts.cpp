#include "gui/editor/editor_prompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace unknot::gui {
namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui::DialogPrompts", text);
}

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton default_button)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(default_button);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

QString DialogPrompts::import_file_name()
{
    return QFileDialog::getOpenFileName(parent_, tr("Import a routine"), QDir::homePath(),
                                        tr("Routine files (*.json)"));
}

QString DialogPrompts::export_file_name(const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent_, tr("Export the routine"),
                                        QDir::home().filePath(suggested),
                                        tr("Routine files (*.json)"));
}

UnsavedChoice DialogPrompts::ask_unsaved(const QString& title, bool can_save)
{
    const QString text = can_save ? tr("“%1” has unsaved changes. Save them?").arg(title)
                                  : tr("“%1” has unsaved changes that cannot be saved until its "
                                       "problems are fixed. Discard them?")
                                        .arg(title);
    QMessageBox::StandardButtons buttons = QMessageBox::Discard | QMessageBox::Cancel;
    if (can_save)
        buttons |= QMessageBox::Save;
    switch (ask(parent_, tr("Unsaved changes"), text, buttons,
                can_save ? QMessageBox::Save : QMessageBox::Cancel)) {
    case QMessageBox::Save:
        return UnsavedChoice::save;
    case QMessageBox::Discard:
        return UnsavedChoice::discard;
    default:
        return UnsavedChoice::cancel;
    }
}

std::optional<QString> DialogPrompts::ask_title(const QString& current)
{
    bool ok = false;
    const QString title = QInputDialog::getText(parent_, tr("Rename the routine"), tr("New title:"),
                                                QLineEdit::Normal, current, &ok);
    if (!ok || title.trimmed().isEmpty())
        return std::nullopt;
    return title.trimmed();
}

bool DialogPrompts::confirm_delete(const QString& title)
{
    return ask(parent_, tr("Delete the routine"),
               tr("Move “%1” to the trash? You can restore it from there.").arg(title),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool DialogPrompts::confirm_import_as(const QString& title, const QString& suggested_id)
{
    return ask(parent_, tr("Import the routine"),
               tr("You already have a routine with the id of “%1”. Import it as “%2”?")
                   .arg(title, suggested_id),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes;
}

void DialogPrompts::show_problems(const QString& summary, const QString& details)
{
    QDialog dialog(parent_);
    dialog.setWindowTitle(tr("Problems"));
    auto* label = new QLabel(summary, &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto* text = new QPlainTextEdit(details, &dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 320);
    dialog.exec();
}

void DialogPrompts::show_error(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Unknot"), message, QMessageBox::Ok, parent_);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace unknot::gui
