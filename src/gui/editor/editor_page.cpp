#include "gui/editor/editor_page.h"

#include "core/routine/routine_editing.h"
#include "gui/desktop/focus_ring.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_prompts.h"
#include "gui/editor/editor_view.h"
#include "gui/editor/routine_form.h"
#include "gui/editor/routine_list_model.h"
#include "gui/editor/undo_key_filter.h"
#include "gui/text.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <filesystem>

namespace unknot::gui {

EditorPage::EditorPage(UserFiles files, std::unique_ptr<EditorPrompts> prompts, QWidget* parent)
    : QWidget(parent), files_(std::move(files)), prompts_(std::move(prompts)),
      undo_group_(new QUndoGroup(this)), list_model_(new RoutineListModel(this)),
      list_(new QListView(this)), toolbar_(new QToolBar(this)), view_(new EditorView(this))
{
    if (!prompts_)
        prompts_ = std::make_unique<DialogPrompts>(this);
    list_->setModel(list_model_);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setWordWrap(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setAccessibleName(tr("Routines to edit"));
    list_->setAccessibleDescription(tr("Your own routines and the built-in ones; pick one to edit "
                                       "it (built-in ones are duplicated first)."));
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EditorPage::list_selection_changed);
    build_actions();
    build_layout();
    install_undo_key_filter(this, undo_group_);
    set_document(nullptr);
}

EditorPage::~EditorPage() = default;

void EditorPage::build_actions()
{
    const auto add = [this](const char* name, const QString& text, const QString& tip,
                            QKeySequence keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        toolbar_->addAction(action);
        return action;
    };
    add("new", tr("New"), tr("Start a new routine (Ctrl+N)"), QKeySequence::New,
        [this] { new_routine(); });
    add("duplicate", tr("Duplicate to edit"), tr("Make your own copy of this routine"), {},
        [this] { duplicate_to_edit(); });
    add("rename", tr("Rename…"), tr("Give this routine another title"), {}, [this] { rename(); });
    add("delete", tr("Delete…"), tr("Move this routine to the trash"), {},
        [this] { delete_routine(); });
    add("import", tr("Import…"), tr("Add a routine from a file"), {}, [this] { import_routine(); });
    add("export", tr("Export…"), tr("Save a copy to share, with the exercises it needs"), {},
        [this] { export_routine(); });
    toolbar_->addSeparator();
    // Fixed texts keep the tool bar still; the tool tips name the change ("Undo Change hold").
    QAction* undo = add("undo", tr("Undo"), {}, QKeySequence(Qt::CTRL | Qt::Key_Z),
                        [this] { undo_group_->undo(); });
    QAction* redo = add("redo", tr("Redo"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        [this] { undo_group_->redo(); });
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo_group_, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo_group_, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(undo_group_, &QUndoGroup::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(undo_group_, &QUndoGroup::redoTextChanged, redo, [redo](const QString& text) {
        redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
    undo->setEnabled(false);
    redo->setEnabled(false);
    toolbar_->addSeparator();
    add("try", tr("Try it"), tr("Play the routine as it is now"), {}, [this] { try_routine(); });
    add("save", tr("Save"), tr("Save the routine (Ctrl+S)"), QKeySequence::Save,
        [this] { save(); });
}

QAction* EditorPage::action(const QString& name) const
{
    return findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

void EditorPage::build_layout()
{
    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Routines"), left);
    label->setBuddy(list_);
    left_layout->addWidget(label);
    left_layout->addWidget(list_, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(view_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({240, 1000});
    splitter->setChildrenCollapsible(false);

    toolbar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar_);
    layout->addWidget(splitter, 1);
    QList<QWidget*> order; // the tool bar first, as it is drawn
    for (QAction* action : toolbar_->actions())
        if (QWidget* button = toolbar_->widgetForAction(action); button && !action->isSeparator()) {
            button->setFocusPolicy(Qt::TabFocus);
            order << button;
        }
    set_tab_order(order << list_ << tab_order_inside(view_));
}

void EditorPage::set_library(const RoutineLibrary* library)
{
    library_ = library;
    selecting_ = true;
    list_model_->set_library(library);
    selecting_ = false;
    if (document_) {
        document_->set_library(library_, reserved_ids());
        if (!document_->is_new() || document_->read_only())
            select_in_list(document_->routine().id);
    }
    update_actions();
}

void EditorPage::set_document(EditorDocument* document)
{
    EditorDocument* old = document_;
    document_ = document;
    if (document) // before the view shows it: the steps' exercises come from the library
        document->set_library(library_, reserved_ids());
    view_->set_document(document);
    if (document) {
        document->setParent(this);
        undo_group_->addStack(document->undo_stack());
        undo_group_->setActiveStack(document->undo_stack());
        connect(document, &EditorDocument::changed, this, &EditorPage::update_actions);
        connect(document, &EditorDocument::modified_changed, this, &EditorPage::update_actions);
    }
    delete old;
    update_actions();
}

void EditorPage::update_actions()
{
    const bool open = document_ != nullptr;
    const bool editable = open && !document_->read_only();
    const bool valid = open && document_->is_valid();
    action(QStringLiteral("duplicate"))->setEnabled(open);
    action(QStringLiteral("rename"))->setEnabled(editable && !document_->is_new());
    action(QStringLiteral("delete"))->setEnabled(editable && !document_->is_new());
    action(QStringLiteral("export"))->setEnabled(valid);
    action(QStringLiteral("try"))->setEnabled(valid);
    action(QStringLiteral("save"))
        ->setEnabled(editable && valid && (document_->is_modified() || document_->is_new()));
}

void EditorPage::select_in_list(const std::string& id)
{
    selecting_ = true;
    const QModelIndex index = list_model_->index_of(id);
    list_->setCurrentIndex(index);
    if (!index.isValid())
        list_->selectionModel()->clearSelection();
    selecting_ = false;
}

void EditorPage::list_selection_changed()
{
    if (selecting_)
        return;
    const std::string id =
        list_->currentIndex().data(RoutineListModel::id_role).toString().toStdString();
    if (document_ && document_->routine().id == id && !document_->is_new())
        return;
    if (!open(id) && document_) // cancelled: the list goes back to the open routine
        select_in_list(document_->is_new() ? std::string() : document_->routine().id);
}

bool EditorPage::maybe_close()
{
    if (!document_ || !document_->is_modified())
        return true;
    switch (prompts_->ask_unsaved(qs(document_->routine().title), document_->is_valid())) {
    case UnsavedChoice::save:
        return save();
    case UnsavedChoice::discard:
        return true;
    case UnsavedChoice::cancel:
        return false;
    }
    return false;
}

bool EditorPage::open(const std::string& id)
{
    if (!library_ || !library_->find_routine(id) || !maybe_close())
        return false;
    const LibraryRoutine* entry = library_->find_routine(id); // a save may have reloaded it
    if (!entry)
        return false;
    RoutineFile file;
    file.routine = entry->routine;
    QString path;
    if (!entry->built_in) {
        path = qs(entry->source);
        QString error;
        if (auto on_disk = UserFiles::read_routine(path, error))
            file = std::move(*on_disk); // keeps the file's own exercises
    }
    set_document(new EditorDocument(std::move(file), path, entry->built_in));
    select_in_list(id);
    return true;
}

void EditorPage::new_routine()
{
    if (!maybe_close())
        return;
    Routine routine;
    routine.title = tr("New routine").toStdString();
    routine.id = make_unique_id(routine.title, taken_ids());
    RoutineFile file;
    file.routine = routine;
    set_document(new EditorDocument(std::move(file), {}, false));
    select_in_list({});
    view_->form()->title_edit()->setFocus();
    view_->form()->title_edit()->selectAll();
}

void EditorPage::duplicate_to_edit()
{
    if (!document_ || !maybe_close())
        return;
    RoutineFile copy = duplicate_for_editing(document_->file(), taken_ids());
    set_document(new EditorDocument(std::move(copy), {}, false));
    if (document_->is_valid())
        save(); // the copy is in the list at once, ready to change
}

void EditorPage::try_routine()
{
    if (!document_ || !document_->is_valid())
        return;
    std::vector<Exercise> used;
    for (const Step& step : document_->routine().steps) {
        const Exercise* exercise = document_->find_exercise(step.exercise);
        const auto same = [&](const Exercise& e) { return exercise && e.id == exercise->id; };
        if (exercise && std::none_of(used.begin(), used.end(), same))
            used.push_back(*exercise);
    }
    emit try_requested(document_->routine(), used);
}

// The names alone, without asking the file system about each file (QFileInfo did, 15 ms for
// 10,000 files).
std::vector<std::string> EditorPage::reserved_ids() const
{
    namespace fs = std::filesystem;
    constexpr std::string_view suffix = ".json";
    std::vector<std::string> ids{kUserExercisesId};
    const std::string own =
        document_ ? fs::path(document_->path().toStdString()).filename().string() : "";
    std::error_code error;
    for (fs::directory_iterator it(files_.routines_dir().toStdString(), error), end;
         !error && it != end; it.increment(error)) {
        const std::string& path = it->path().native();
        const std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
        std::error_code not_a_file;
        if (name.size() > suffix.size() && name.ends_with(suffix) && name != own &&
            it->is_regular_file(not_a_file))
            ids.emplace_back(name.substr(0, name.size() - suffix.size()));
    }
    return ids;
}

std::vector<std::string> EditorPage::taken_ids() const
{
    std::vector<std::string> ids = reserved_ids();
    if (library_) {
        for (const LibraryRoutine& entry : library_->routines())
            ids.push_back(entry.routine.id);
    }
    return ids;
}

} // namespace unknot::gui
