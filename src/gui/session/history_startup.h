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
    // Why sessions are not logged, for the summary after each one; empty when they are, or when
    // the history could not be opened at all.
    QString not_logged;

    // The store sessions are logged in: none when it is missing or read-only.
    HistoryStore* log_store() const { return store && !store->read_only() ? store.get() : nullptr; }
};

// "you have no permission to write in the data folder /x", "the data folder /x is on a
// read-only drive", "the session history /x is read-only"
QString cannot_save_reason(const ReadOnlyReason& reason);
// "This session was not saved: <reason>."
QString not_logged_text(const ReadOnlyReason& reason);

// Opens `<data_dir>/history.sqlite3`. A damaged or foreign file is moved aside (nothing is
// deleted) and a new history started; a newer or unopenable one leaves the app without a log; in
// a folder that may not be written it is opened for reading, and the notice says why.
HistoryStartup open_history_at_startup(const QString& data_dir, sys_seconds now);

// Shows `notice` once, in a message box that does not block the window. Does nothing when empty.
void show_history_notice(QWidget* window, const QString& notice);

} // namespace unknot::gui
