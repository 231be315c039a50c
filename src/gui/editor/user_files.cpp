#include "gui/editor/user_files.h"

#include "core/base/atomic_write.h"
#include "core/json/json_guard.h"
#include "core/routine/routine_format.h"
#include "gui/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace unknot::gui {
namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui::UserFiles", text);
}

QString problems_text(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines << qs(problem.to_string());
    return lines.join(QLatin1Char('\n'));
}

// A name in `folder` not taken yet: name.json, then name (2).json, ...
QString free_name(const QDir& folder, const QString& name)
{
    const QFileInfo info(name);
    QString candidate = name;
    for (int n = 2; folder.exists(candidate); ++n)
        candidate =
            QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    return candidate;
}

} // namespace

UserFiles::UserFiles(QString data_dir, Trash trash) : data_dir_(std::move(data_dir)), trash_(trash)
{}

QString UserFiles::routines_dir() const
{
    return QDir(data_dir_).filePath(QStringLiteral("routines"));
}

QString UserFiles::routine_path(const std::string& id) const
{
    return QDir(routines_dir()).filePath(qs(id) + QStringLiteral(".json"));
}

QString UserFiles::exercises_path() const
{
    return routine_path(kUserExercisesId);
}

QString UserFiles::trash_dir() const
{
    return QDir(data_dir_).filePath(QStringLiteral("trash"));
}

bool UserFiles::write_atomically(const QString& path, const std::string& bytes, QString& error,
                                 const std::function<void()>& before_commit)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error = tr("cannot create the folder for %1").arg(path);
        return false;
    }
    AtomicFile file(std::filesystem::path(path.toStdString())); // core/base/atomic_write.h
    bool written = file.write(bytes);
    if (written && before_commit)
        before_commit();
    written = written && file.commit();
    if (!written)
        error = tr("cannot save %1: %2").arg(path, qs(file.reason()));
    return written;
}

std::optional<std::string> UserFiles::read(const QString& path, QString& error)
{
    FileRead read = read_json_file(path.toStdString());
    if (!read.ok()) {
        error = qs(path.toStdString() + ": " + read.error);
        return std::nullopt;
    }
    return std::move(read.bytes);
}

std::optional<RoutineFile> UserFiles::read_routine(const QString& path, QString& error)
{
    const auto bytes = read(path, error);
    if (!bytes)
        return std::nullopt;
    ParseResult parsed = parse_routine_file(*bytes, path.toStdString());
    if (!parsed.file)
        error = problems_text(parsed.problems);
    return parsed.file;
}

std::optional<std::vector<Exercise>> UserFiles::user_exercises(QString& error) const
{
    if (!QFile::exists(exercises_path()))
        return std::vector<Exercise>{};
    const auto file = read_routine(exercises_path(), error);
    if (!file)
        return std::nullopt;
    return file->exercises;
}

bool UserFiles::add_user_exercises(const std::vector<Exercise>& exercises, QString& error) const
{
    auto existing = user_exercises(error);
    if (!existing)
        return false;
    RoutineFile file;
    file.exercises = *existing;
    for (const Exercise& exercise : exercises) {
        const auto same_id = [&](const Exercise& e) { return e.id == exercise.id; };
        if (std::none_of(file.exercises.begin(), file.exercises.end(), same_id))
            file.exercises.push_back(exercise);
    }
    if (file.exercises.size() == existing->size())
        return true;
    return write_atomically(exercises_path(), write_routine_file(file), error);
}

bool UserFiles::save_routine(const RoutineFile& file, const QString& path, QString& error) const
{
    return write_atomically(path, write_routine_file(file), error);
}

bool UserFiles::move_to_trash(const QString& path, QString& error) const
{
    if (trash_ == Trash::system_first && QFile::moveToTrash(path))
        return true;
    const QDir trash(trash_dir());
    if (!QDir().mkpath(trash.path())) {
        error = tr("cannot create the trash folder %1").arg(trash.path());
        return false;
    }
    const QString target = trash.filePath(free_name(trash, QFileInfo(path).fileName()));
    if (!QFile::rename(path, target)) {
        error = tr("cannot move %1 to %2").arg(path, target);
        return false;
    }
    return true;
}

} // namespace unknot::gui
