// The question asked before the window opens when the data folder's lock was written by another
// computer (a synced or shared folder): that copy may still run, and this one cannot tell.
#pragma once

#include <QString>

namespace unknot::gui {

// A modal message box; true when the person chooses "Open anyway" (the default button).
bool ask_open_anyway(const QString& host, const QString& data_dir);

} // namespace unknot::gui
