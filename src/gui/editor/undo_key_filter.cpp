#include "gui/editor/undo_key_filter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoGroup>

namespace unknot::gui {
namespace {

class UndoKeyFilter : public QObject {
public:
    UndoKeyFilter(QUndoGroup* group, QObject* parent) : QObject(parent), group_(group) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const auto type = event->type();
        if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (!undo && !redo)
            return QObject::eventFilter(watched, event);
        if (type == QEvent::ShortcutOverride) {
            event->ignore(); // let the page's Undo and Redo shortcuts have the keys
            return true;
        }
        if (undo)
            group_->undo();
        else
            group_->redo();
        return true;
    }

private:
    QUndoGroup* group_;
};

} // namespace

void install_undo_key_filter(QWidget* root, QUndoGroup* group)
{
    auto* filter = new UndoKeyFilter(group, root);
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
            qobject_cast<QAbstractSpinBox*>(widget))
            widget->installEventFilter(filter);
    }
}

} // namespace unknot::gui
