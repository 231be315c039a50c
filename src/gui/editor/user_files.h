// The user's files in the data directory: routines/<id>.json, the user's own exercises in
// routines/my-exercises.json, and the trash. Writes are atomic (core/base/atomic_write.h); nothing
// is ever deleted outright: a deleted routine goes to the system trash or to <data dir>/trash/.
#pragma once

#include "core/routine/routine.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace unknot::gui {

inline constexpr char kUserExercisesId[] = "my-exercises";

class UserFiles {
public:
    enum class Trash { system_first, data_dir_only };
    // `trash`: data_dir_only skips the system trash (portable installs, tests).
    explicit UserFiles(QString data_dir, Trash trash = Trash::system_first);

    QString data_dir() const { return data_dir_; }
    QString routines_dir() const;
    QString routine_path(const std::string& id) const; // routines/<id>.json
    QString exercises_path() const;                    // routines/my-exercises.json
    QString trash_dir() const;

    // Writes `bytes` to `path` atomically (core's AtomicFile): the old file stays whole until the
    // new one is complete. Creates the folder. Sets `error` and returns false on failure.
    // `before_commit` runs after the bytes are written, before they replace the file (tests
    // interrupt the save there).
    static bool write_atomically(const QString& path, const std::string& bytes, QString& error,
                                 const std::function<void()>& before_commit = {});
    static std::optional<std::string> read(const QString& path, QString& error);

    // The routine file at `path` (its own exercises included), or nullopt and an error.
    static std::optional<RoutineFile> read_routine(const QString& path, QString& error);

    // The exercises of my-exercises.json (none when there is no such file); nullopt when the
    // file exists but cannot be read or is not valid, so that it is never overwritten.
    std::optional<std::vector<Exercise>> user_exercises(QString& error) const;
    // Adds the exercises whose ids are not in my-exercises.json yet.
    bool add_user_exercises(const std::vector<Exercise>& exercises, QString& error) const;

    // Saves `file` (which holds a routine) to `path` in the documented format.
    bool save_routine(const RoutineFile& file, const QString& path, QString& error) const;

    // Moves `path` to the system trash, or to trash_dir() where there is none (or when the
    // files were made with Trash::data_dir_only).
    bool move_to_trash(const QString& path, QString& error) const;

private:
    QString data_dir_;
    Trash trash_;
};

} // namespace unknot::gui
