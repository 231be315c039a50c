// What the modes share: where the user's data lives and the routines in it.
#pragma once

#include "core/routine/routine_library.h"

#include <QString>
#include <QStringList>

namespace unknot::app {

// The data folder: `given` (--data-dir), or the standard place when empty; created when missing.
QString data_dir(const QString& given);
// The same folder, not created: an export must not leave an empty folder behind.
QString data_dir_path(const QString& given);

// The built-in routines and the user's in DATA/routines.
RoutineLibrary load_library(const QString& data);
// `library` after the user files at `changed` were written or removed, reading only those.
RoutineLibrary reload_library(const RoutineLibrary& library, const QStringList& changed);

// A routine id that is not in the library: says so on standard error, suggests the nearest id,
// lists them all; returns exit code 2.
int unknown_routine(const QString& id, const RoutineLibrary& library);

} // namespace unknot::app
