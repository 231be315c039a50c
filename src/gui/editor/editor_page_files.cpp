// EditorPage: the actions that read and write the user's files.
#include "gui/editor/editor_page.h"

#include "core/routine/routine_editing.h"
#include "core/routine/routine_format.h"
#include "gui/editor/commands/set_routine_field_command.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_prompts.h"
#include "gui/text.h"

#include <QFileInfo>
#include <QUndoStack>

namespace unknot::gui {
namespace {

QString problem_lines(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines << qs(problem.to_string());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool EditorPage::save()
{
    if (!document_ || document_->read_only() || !document_->is_valid())
        return false;
    RoutineFile file = document_->file();
    QString path = document_->path();
    if (document_->is_new()) { // the id follows the title it was first saved with
        file.routine->id = make_unique_id(file.routine->title, taken_ids());
        path = files_.routine_path(file.routine->id);
    }
    QString error;
    QStringList written{path};
    if (!document_->new_exercises().empty())
        written << files_.exercises_path();
    if (!files_.add_user_exercises(document_->new_exercises(), error) ||
        !files_.save_routine(file, path, error)) {
        prompts_->show_error(tr("The routine was not saved.\n%1").arg(error));
        return false;
    }
    document_->mark_saved(path, file.routine->id);
    emit library_changed(written);
    return true;
}

void EditorPage::rename()
{
    if (!document_ || document_->read_only() || document_->is_new())
        return;
    const auto title = prompts_->ask_title(qs(document_->routine().title));
    if (!title || title->toStdString() == document_->routine().title)
        return;
    document_->undo_stack()->push(
        new SetRoutineFieldCommand(document_, RoutineField::title, title->toStdString()));
    if (document_->is_valid())
        save();
}

void EditorPage::delete_routine()
{
    if (!document_ || document_->read_only() || document_->is_new())
        return;
    if (!prompts_->confirm_delete(qs(document_->routine().title)))
        return;
    QString error;
    const QString path = document_->path();
    if (!files_.move_to_trash(path, error)) {
        prompts_->show_error(tr("The routine was not deleted.\n%1").arg(error));
        return;
    }
    set_document(nullptr);
    emit library_changed({path});
}

void EditorPage::import_routine()
{
    const QString path = prompts_->import_file_name();
    if (!path.isEmpty())
        import_file_at(path);
}

// Nothing is written unless the file is valid, its id is free (or the person takes another),
// and the routine open now may be closed.
bool EditorPage::import_file_at(const QString& path)
{
    if (!library_)
        return false;
    const QString name = QFileInfo(path).fileName();
    QString error;
    const auto bytes = UserFiles::read(path, error);
    if (!bytes) {
        prompts_->show_error(error);
        return false;
    }
    ImportCheck check = check_import(*bytes, name.toStdString(), *library_);
    if (!check.file) {
        prompts_->show_problems(
            tr("“%1” was not imported. Fix these problems and try again:").arg(name),
            problem_lines(check.problems));
        return false;
    }
    if (!maybe_close())
        return false;
    Routine& routine = *check.file->routine;
    const std::vector<std::string> taken = taken_ids();
    const bool clash = std::find(taken.begin(), taken.end(), routine.id) != taken.end();
    if (clash) {
        const std::string free_id = make_unique_id(routine.id, taken);
        if (!prompts_->confirm_import_as(qs(routine.title), qs(free_id)))
            return false;
        routine.id = free_id;
    }
    const QString target = files_.routine_path(routine.id);
    if (!files_.save_routine(*check.file, target, error)) {
        prompts_->show_error(tr("The routine was not imported.\n%1").arg(error));
        return false;
    }
    set_document(new EditorDocument(*check.file, target, false));
    emit library_changed({target});
    return true;
}

void EditorPage::export_routine()
{
    if (!document_ || !document_->is_valid())
        return;
    const QString path =
        prompts_->export_file_name(qs(document_->routine().id) + QStringLiteral(".json"));
    if (path.isEmpty())
        return;
    const RoutineFile shared = self_contained(document_->file(), user_exercises());
    QString error;
    if (!UserFiles::write_atomically(path, write_routine_file(shared), error))
        prompts_->show_error(tr("The routine was not exported.\n%1").arg(error));
}

// Exercises from the user's files (not built in), and the ones made in this document.
std::vector<Exercise> EditorPage::user_exercises() const
{
    const RoutineLibrary user_only = RoutineLibrary::load({}, files_.routines_dir().toStdString());
    std::vector<Exercise> exercises = user_only.exercises();
    if (document_) {
        const auto& made = document_->new_exercises();
        exercises.insert(exercises.end(), made.begin(), made.end());
    }
    return exercises;
}

} // namespace unknot::gui
