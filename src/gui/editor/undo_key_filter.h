// Ctrl+Z and Ctrl+Shift+Z undo and redo the routine, not just the text of the field that has
// focus: text fields and spin boxes would otherwise keep those keys for their own small undo.
#pragma once

class QUndoGroup;
class QWidget;

namespace unknot::gui {

// Watches every text field and spin box inside `root` (they must exist already).
void install_undo_key_filter(QWidget* root, QUndoGroup* group);

} // namespace unknot::gui
