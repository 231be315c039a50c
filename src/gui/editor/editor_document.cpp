#include "gui/editor/editor_document.h"

#include "core/routine/routine_editing.h"
#include "core/routine/session_plan.h"
#include "gui/editor/step_list_model.h"
#include "gui/step_text.h"

#include <QUndoStack>

#include <algorithm>

namespace unknot::gui {

EditorDocument::EditorDocument(RoutineFile file, QString path, bool read_only, QObject* parent)
    : QObject(parent), file_(std::move(file)), path_(std::move(path)), read_only_(read_only),
      undo_stack_(new QUndoStack(this)), steps_(nullptr)
{
    if (!file_.routine)
        file_.routine = Routine{};
    steps_ = new StepListModel(this);
    connect(undo_stack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modified_changed(!clean); });
    refresh();
}

EditorDocument::~EditorDocument() = default;

bool EditorDocument::is_modified() const
{
    return !undo_stack_->isClean();
}

void EditorDocument::set_library(const RoutineLibrary* library, std::vector<std::string> reserved)
{
    library_ = library;
    reserved_ids_ = std::move(reserved);
    refresh();
}

const Exercise* EditorDocument::find_exercise(std::string_view id) const
{
    const auto has_id = [id](const Exercise& exercise) { return exercise.id == id; };
    for (const auto* list : {&file_.exercises, &new_exercises_}) {
        const auto it = std::find_if(list->begin(), list->end(), has_id);
        if (it != list->end())
            return &*it;
    }
    return library_ ? library_->find_exercise(id) : nullptr;
}

std::vector<Exercise> EditorDocument::known_exercises() const
{
    std::vector<Exercise> all = file_.exercises;
    all.insert(all.end(), new_exercises_.begin(), new_exercises_.end());
    if (library_) {
        for (const Exercise& exercise : library_->exercises()) {
            if (find_exercise(exercise.id) == &exercise)
                all.push_back(exercise);
        }
    }
    return all;
}

QString EditorDocument::step_name(const Step& step) const
{
    const QString name = step_title(step, find_exercise(step.exercise));
    return name.isEmpty() ? tr("step") : name;
}

Problems EditorDocument::problems_under(const std::string& pointer_prefix) const
{
    Problems result;
    for (const Problem& problem : problems_) {
        const std::string& pointer = problem.pointer;
        const bool under =
            pointer.compare(0, pointer_prefix.size(), pointer_prefix) == 0 &&
            (pointer.size() == pointer_prefix.size() || pointer[pointer_prefix.size()] == '/');
        if (under)
            result.push_back(problem);
    }
    return result;
}

void EditorDocument::mark_saved(const QString& path, const std::string& id)
{
    path_ = path;
    file_.routine->id = id;
    undo_stack_->setClean();
    refresh();
}

void EditorDocument::set_routine_value(RoutineField field, const FieldValue& value)
{
    gui::set_routine_value(*file_.routine, field, value);
    emit routine_changed();
    refresh();
}

void EditorDocument::set_step_value(int row, StepField field, const FieldValue& value)
{
    gui::set_step_value(mutable_steps().at(size_t(row)), field, value);
    emit step_changed(row);
    refresh();
}

void EditorDocument::insert_step(int row, const Step& step)
{
    steps_->about_to_insert(row);
    mutable_steps().insert(mutable_steps().begin() + row, step);
    steps_->inserted();
    refresh();
}

Step EditorDocument::take_step(int row)
{
    steps_->about_to_remove(row);
    Step step = mutable_steps().at(size_t(row));
    mutable_steps().erase(mutable_steps().begin() + row);
    steps_->removed();
    refresh();
    return step;
}

void EditorDocument::move_step(int from, int to)
{
    if (from == to || !steps_->about_to_move(from, to))
        return;
    auto& steps = mutable_steps();
    Step step = steps.at(size_t(from));
    steps.erase(steps.begin() + from);
    steps.insert(steps.begin() + to, std::move(step));
    steps_->moved();
    refresh();
}

void EditorDocument::add_new_exercise(const Exercise& exercise)
{
    new_exercises_.push_back(exercise);
    emit exercises_changed();
    refresh();
}

void EditorDocument::remove_new_exercise(const std::string& id)
{
    std::erase_if(new_exercises_, [&](const Exercise& exercise) { return exercise.id == id; });
    emit exercises_changed();
    refresh();
}

void EditorDocument::refresh()
{
    // A routine on disk or built in may keep its own id; a new one must take a free one.
    const std::string own_id = is_new() && !read_only_ ? std::string() : routine().id;
    EditContext context;
    if (library_)
        context = edit_context(*library_, own_id, new_exercises_);
    else
        for (const Exercise& exercise : new_exercises_)
            context.exercises.emplace(exercise.id, exercise.sides);
    context.taken_routine_ids.insert(context.taken_routine_ids.end(), reserved_ids_.begin(),
                                     reserved_ids_.end());
    problems_ = validate_routine_edit(file_, routine().id + ".json", context);
    estimated_seconds_ = build_plan(routine(), [this](std::string_view id) {
                             return find_exercise(id);
                         }).total_seconds();
    steps_->all_changed();
    emit changed();
}

} // namespace unknot::gui
