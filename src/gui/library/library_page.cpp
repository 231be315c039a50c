#include "gui/library/library_page.h"

#include "gui/desktop/focus_ring.h"
#include "gui/figure/routine_preview.h"
#include "gui/library/problems_banner.h"
#include "gui/library/routine_document.h"
#include "gui/library/routine_sort_model.h"
#include "gui/library/routine_table_model.h"
#include "gui/text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace unknot::gui {

namespace {

// The exercises a routine uses, each once, in the order of its steps.
std::vector<const Exercise*> routine_exercises(const Routine& routine,
                                               const RoutineLibrary& library)
{
    std::vector<const Exercise*> result;
    for (const Step& step : routine.steps) {
        const Exercise* exercise = library.find_exercise(step.exercise);
        if (exercise && std::find(result.begin(), result.end(), exercise) == result.end())
            result.push_back(exercise);
    }
    return result;
}

} // namespace

LibraryPage::LibraryPage(QWidget* parent)
    : QWidget(parent), model_(new RoutineTableModel(this)),
      proxy_(new RoutineSortModel(model_, this)), search_(new QLineEdit(this)),
      table_(new QTableView(this)), detail_(new QTextBrowser(this)),
      preview_(new RoutinePreview(this)), start_(new QPushButton(tr("Start"), this)),
      print_(new QPushButton(tr("&Print…"), this)), problems_(new ProblemsBanner(this))
{
    proxy_->setFilterRole(RoutineTableModel::search_role);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);

    search_->setPlaceholderText(tr("Search routines, exercises, equipment…"));
    search_->setAccessibleName(tr("Search routines"));
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button shows only over some text; made then, its icon costs no start-up.
        search_->setClearButtonEnabled(true);
        proxy_->setFilterFixedString(text);
        if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0)
            table_->selectRow(0);
    });
    search_->installEventFilter(this);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, search_, [this] { search_->setFocus(); });

    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false); // arrows move between routines; Tab goes on to Start
    table_->setSortingEnabled(true);
    table_->sortByColumn(RoutineTableModel::title_column, Qt::AscendingOrder);
    table_->verticalHeader()->hide();
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Title, focus and equipment share the width: "oberer Rücken, mittlerer Rücken,
    // Schulterblätter" on two lines at 1280 px, not three in a 150 px column beside empty space.
    for (int column : {RoutineTableModel::title_column, RoutineTableModel::focus_column,
                       RoutineTableModel::equipment_column})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    // Wide enough for "999 min" and the header: sizing it to its contents measured 1,000 rows
    // again each time the library changed.
    header->setSectionResizeMode(RoutineTableModel::minutes_column, QHeaderView::Fixed);
    const int cell_margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    header->resizeSection(
        RoutineTableModel::minutes_column,
        std::max(header->sectionSizeHint(RoutineTableModel::minutes_column),
                 table_->fontMetrics().horizontalAdvance(format_minutes(999 * 60.0)) +
                     cell_margin));
    table_->setWordWrap(true); // focus and equipment in full, on two lines when they need them
    table_->setStyleSheet(QStringLiteral("QTableView::item { padding: 3px 4px; }")); // air
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setAccessibleName(tr("Routines"));
    table_->setAccessibleDescription(tr("Every routine with its focus, equipment and length; "
                                        "Enter starts the selected one."));
    table_->installEventFilter(this);
    connect(table_, &QTableView::doubleClicked, this, &LibraryPage::request_start);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPage::show_selected);

    detail_->setOpenLinks(false);
    detail_->setAccessibleName(tr("Routine details"));
    detail_->setAccessibleDescription(
        tr("The selected routine's steps, instructions and cautions."));

    start_->setDefault(true);
    start_->setMinimumHeight(48);
    start_->setToolTip(tr("Start the selected routine (Enter)"));
    start_->setAccessibleName(tr("Start routine"));
    start_->setEnabled(false);
    connect(start_, &QPushButton::clicked, this, &LibraryPage::request_start);
    print_->setMinimumHeight(48);
    print_->setToolTip(tr("Print the selected routine as a handout, or save it as a PDF (Ctrl+P)"));
    print_->setAccessibleName(tr("Print routine"));
    print_->setEnabled(false);
    connect(print_, &QPushButton::clicked, this, [this] {
        if (!selected_id().isEmpty())
            emit print_requested(selected_id());
    });
    build_layout();
}

void LibraryPage::build_layout()
{
    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    left_layout->addWidget(search_);
    left_layout->addWidget(table_);

    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    right_layout->addWidget(preview_, 2);
    right_layout->addWidget(detail_, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print_);
    buttons->addWidget(start_, 1);
    right_layout->addLayout(buttons);
    set_tab_order({search_, table_, detail_, print_, start_});

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(problems_);
    layout->addWidget(splitter, 1);
}

void LibraryPage::set_top_bar(QWidget* bar)
{
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(1, bar);
}

void LibraryPage::set_library(const RoutineLibrary* library)
{
    const QString selected = selected_id();
    library_ = library;
    model_->set_library(library);
    problems_->set_problems(library ? library->problems() : Problems{});
    select(selected);
    if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0)
        table_->selectRow(0);
}

QString LibraryPage::selected_id() const
{
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? current.data(RoutineTableModel::id_role).toString() : QString();
}

void LibraryPage::select(const QString& id)
{
    const QModelIndex index = proxy_->mapFromSource(model_->index_of(id));
    if (index.isValid())
        table_->selectRow(index.row());
}

void LibraryPage::show_selected()
{
    const LibraryRoutine* entry = model_->entry(proxy_->mapToSource(table_->currentIndex()));
    start_->setEnabled(entry != nullptr);
    print_->setEnabled(entry != nullptr);
    preview_->set_exercises(entry ? routine_exercises(entry->routine, *library_)
                                  : std::vector<const Exercise*>{});
    const QString id = entry ? QString::fromStdString(entry->routine.id) : QString();
    if (id != previewed_id_) // another routine, not the same one in a reloaded library
        preview_->replay();
    previewed_id_ = id;
    details_pending_ = !isVisible();
    if (!details_pending_)
        write_details();
    emit selection_changed();
}

void LibraryPage::write_details()
{
    details_pending_ = false;
    const LibraryRoutine* entry = model_->entry(proxy_->mapToSource(table_->currentIndex()));
    if (!entry) {
        detail_->clear();
        written_.reset();
        return;
    }
    Details shown{entry->routine, {}, entry->estimated_seconds};
    for (const Exercise* exercise : routine_exercises(entry->routine, *library_))
        shown.exercises.push_back(*exercise);
    if (shown == written_)
        return;
    write_routine_document(*detail_->document(), *entry, *library_);
    detail_->moveCursor(QTextCursor::Start);
    written_ = std::move(shown);
}

void LibraryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (details_pending_)
        write_details();
}

void LibraryPage::request_start()
{
    const QString id = selected_id();
    if (!id.isEmpty())
        emit start_requested(id);
}

bool LibraryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (watched == table_ || watched == search_)) {
        request_start();
        return true;
    }
    // Down from the search field moves into the list, so typing then arrowing works.
    if (watched == search_ && key->key() == Qt::Key_Down) {
        table_->setFocus();
        if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0)
            table_->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace unknot::gui
