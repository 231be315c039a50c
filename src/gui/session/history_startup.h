// Opening the session history when the app starts, and what to tell the person about it.
#pragma once

#include "core/history/history_store.h"

#include <QString>

#include <memory>

class QWidget;

namespace unknot::gui {

struct HistoryStartup {
    std::unique_ptr<HistoryStore> store; // null: sessions play without a log
    QString notice; // for the person, plain text; empty when there is nothing to say
};

// Opens `<data_dir>/history.sqlite3`. A damaged or foreign file is moved aside (nothing is
// deleted) and a new history started; a newer or unopenable one leaves the app without a log.
HistoryStartup open_history_at_startup(const QString& data_dir, sys_seconds now);

// Shows `notice` once, in a message box that does not block the window. Does nothing when empty.
void show_history_notice(QWidget* window, const QString& notice);

} // namespace unknot::gui
