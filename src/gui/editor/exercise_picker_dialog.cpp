#include "gui/editor/exercise_picker_dialog.h"

#include "gui/editor/exercise_table_model.h"
#include "gui/figure/figure_widget.h"
#include "gui/text.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace unknot::gui {

ExercisePickerDialog::ExercisePickerDialog(std::vector<Exercise> exercises, QWidget* parent)
    : QDialog(parent), model_(new ExerciseTableModel(std::move(exercises), this)),
      proxy_(new QSortFilterProxyModel(this)), search_(new QLineEdit(this)),
      table_(new QTableView(this)), detail_(new QLabel(this)), figure_(new FigureWidget(this))
{
    setWindowTitle(tr("Add an exercise"));
    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(ExerciseTableModel::search_role);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy_->sort(ExerciseTableModel::name_column);

    search_->setPlaceholderText(tr("Search by name, equipment or focus…"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search exercises"));
    search_->installEventFilter(this);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text);
        select_first_if_none();
    });

    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(ExerciseTableModel::name_column,
                                                     QHeaderView::Stretch);
    table_->horizontalHeader()->resizeSection(ExerciseTableModel::equipment_column, 150);
    table_->horizontalHeader()->resizeSection(ExerciseTableModel::focus_column, 170);
    connect(table_, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExercisePickerDialog::show_selected);

    detail_->setTextFormat(Qt::PlainText);
    detail_->setWordWrap(true);
    detail_->setMinimumHeight(detail_->fontMetrics().lineSpacing() * 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    figure_->setFixedSize(200, 140);
    figure_->set_motion(FigureWidget::Motion::preview);
    auto* about = new QHBoxLayout;
    about->addWidget(figure_);
    about->addWidget(detail_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(table_, 1);
    layout->addLayout(about);
    layout->addWidget(buttons);
    resize(720, 480);
    select_first_if_none();
}

std::string ExercisePickerDialog::selected_id() const
{
    const QModelIndex index = table_->currentIndex();
    return index.isValid() ? index.data(ExerciseTableModel::id_role).toString().toStdString()
                           : std::string();
}

void ExercisePickerDialog::select_first_if_none()
{
    if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0)
        table_->selectRow(0);
}

void ExercisePickerDialog::show_selected()
{
    const Exercise* e = model_->exercise(proxy_->mapToSource(table_->currentIndex()));
    figure_->set_figure(e && e->figure ? &*e->figure : nullptr, e ? e->sides : Sides::none);
    if (!e) {
        detail_->clear();
        return;
    }
    QString text = qs(e->summary);
    if (!e->instructions.empty())
        text += QStringLiteral("\n") + qs(e->instructions.front().text);
    detail_->setText(text);
}

// Up and Down in the search field move through the list, so typing then arrowing works.
bool ExercisePickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = table_->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < proxy_->rowCount())
                table_->selectRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace unknot::gui
