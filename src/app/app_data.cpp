#include "app/app_data.h"

#include "core/base/suggest.h"
#include "gui/builtin_routines.h"

#include <QDir>
#include <QStandardPaths>

#include <filesystem>
#include <iostream>

namespace unknot::app {

QString data_dir(const QString& given)
{
    const QString dir = data_dir_path(given);
    QDir().mkpath(dir);
    return dir;
}

QString data_dir_path(const QString& given)
{
    return given.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           : given;
}

RoutineLibrary load_library(const QString& data)
{
    const std::filesystem::path user_routines(
        QDir(data).filePath(QStringLiteral("routines")).toStdString());
    return RoutineLibrary::load(gui::builtin_routine_sources(), user_routines);
}

RoutineLibrary reload_library(const RoutineLibrary& library, const QStringList& changed)
{
    std::vector<std::filesystem::path> paths;
    for (const QString& path : changed)
        paths.emplace_back(path.toStdString());
    return RoutineLibrary::reloaded(library, paths);
}

int unknown_routine(const QString& id, const RoutineLibrary& library)
{
    std::vector<std::string> ids;
    for (const LibraryRoutine& r : library.routines())
        ids.push_back(r.routine.id);
    std::cerr << "unknot: no routine with id '" << id.toStdString() << "'.";
    if (const auto nearest = nearest_word(id.toStdString(), ids))
        std::cerr << " Did you mean '" << *nearest << "'?";
    std::cerr << "\nKnown ids:";
    for (const std::string& known : ids)
        std::cerr << ' ' << known;
    std::cerr << "\n";
    return 2;
}

} // namespace unknot::app
