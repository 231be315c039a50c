// The history page's widgets, actions and shortcuts.
#include "gui/history/history_page.h"

#include "gui/desktop/focus_ring.h"
#include "gui/history/exercise_stats_model.h"
#include "gui/history/history_document.h"
#include "gui/history/routine_stats_model.h"
#include "gui/history/session_detail.h"
#include "gui/history/session_table_model.h"
#include "gui/history/trend_chart.h"
#include "gui/history/week_summary_panel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void set_up_table(QTableView* view, QAbstractItemModel* model, int stretch_column)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // arrows move between rows; Tab leaves
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch_column, QHeaderView::Stretch);
}

QToolButton* tool_button(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

void HistoryPage::build_layout()
{
    add_actions();
    content_ = build_content();
    first_run_ = build_first_run();
    unavailable_ = build_unavailable();
    views_->addWidget(content_);
    views_->addWidget(first_run_);
    views_->addWidget(unavailable_);
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    status_->setMargin(4);
    status_->hide();
    auto* layout = new QVBoxLayout(this);
    nav_bar_ = build_nav_bar();
    layout->addWidget(nav_bar_);
    layout->addWidget(status_);
    layout->addWidget(views_, 1);
    set_tab_order_as_shown();
}

// Top to bottom, left to right: the week's buttons, the goal, the sessions and the selected one,
// the totals per routine.
void HistoryPage::set_tab_order_as_shown()
{
    QList<QWidget*> order;
    for (QWidget* w : nav_bar_->findChildren<QToolButton*>()) // made left to right
        order << w;
    set_tab_order(order + QList<QWidget*>{summary_->goal_box(), sessions_view_,
                                          detail_->steps_view(), detail_->notes_edit(),
                                          detail_->save_button(), detail_->delete_button(),
                                          totals_tabs_, routines_view_, exercises_view_});
}

void HistoryPage::add_actions()
{
    const auto add = [this](const char* name, const QString& text, const QString& tip,
                            QList<QKeySequence> keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        action->setToolTip(tip);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add("previous_week", tr("◀ Previous"), tr("The week before (Alt+Left)"),
        {QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { previous_week(); });
    add("this_week", tr("This week"), tr("Back to this week (Alt+Home)"),
        {QKeySequence(Qt::ALT | Qt::Key_Home)}, [this] { show_this_week(); });
    next_action_ = add("next_week", tr("Next ▶"), tr("The week after (Alt+Right)"),
                       {QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] { next_week(); });
    add("export", tr("E&xport…"), tr("Save every session and step as a CSV file"), {},
        [this] { export_with_dialog(); });
    QAction* undo = add("undo", tr("Undo"), tr("Undo (Ctrl+Z)"), {QKeySequence::Undo}, [this] {
        commit_notes(); // typed notes are the latest change
        document_->undo_stack()->undo();
    });
    QAction* redo =
        add("redo", tr("Redo"), tr("Redo (Ctrl+Shift+Z)"),
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
            [this] { document_->undo_stack()->redo(); });
    for (QAction* action : {undo, redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QUndoStack* stack = document_->undo_stack();
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
    undo->setEnabled(false);
    redo->setEnabled(false);

    auto* remove = new QAction(tr("Delete session"), sessions_view_);
    remove->setObjectName(QStringLiteral("delete_session"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    sessions_view_->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] { delete_selected(); });
}

QWidget* HistoryPage::build_nav_bar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto action = [this](const char* name) {
        return findChild<QAction*>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly);
    };
    for (const char* name : {"previous_week", "this_week", "next_week"})
        layout->addWidget(tool_button(action(name), bar));
    week_label_->setTextFormat(Qt::PlainText);
    QFont font = week_label_->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    week_label_->setFont(font);
    layout->addSpacing(12);
    layout->addWidget(week_label_, 1);
    for (const char* name : {"undo", "redo", "export"})
        layout->addWidget(tool_button(action(name), bar));
    return bar;
}

QWidget* HistoryPage::build_content()
{
    set_up_table(sessions_view_, sessions_, SessionTableModel::routine);
    sessions_view_->setAccessibleName(tr("Sessions of the week"));
    sessions_view_->setAccessibleDescription(
        tr("Each session of the week shown: day, routine, minutes and pain before and after."));
    set_up_table(routines_view_, routines_, RoutineStatsModel::routine);
    routines_view_->setAccessibleName(tr("Totals per routine"));
    routines_view_->setAccessibleDescription(tr("How often and how long each routine was done."));
    set_up_table(exercises_view_, exercises_, ExerciseStatsModel::exercise);
    exercises_view_->setObjectName(QStringLiteral("exercises_view"));
    exercises_view_->setAccessibleName(tr("How each exercise is going"));
    exercises_view_->setAccessibleDescription(
        tr("For each exercise: sessions done, stops with This hurts, the average change in pain "
           "on the days it was done, and each side's steps done."));

    auto* week_sessions = new QWidget(this);
    auto* sessions_layout = new QVBoxLayout(week_sessions);
    sessions_layout->setContentsMargins(0, 0, 0, 0);
    sessions_layout->addWidget(heading(tr("Sessions"), week_sessions));
    sessions_layout->addWidget(sessions_view_);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(week_sessions);
    left->addWidget(detail_);
    left->setStretchFactor(0, 2); // a week's sessions first, then the chosen one's steps
    left->setStretchFactor(1, 1);
    left->setSizes({660, 340}); // scaled to the room there is
    left->setChildrenCollapsible(false);

    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    right_layout->addWidget(heading(tr("Last %1 weeks").arg(kTrendWeeks), right));
    right_layout->addWidget(chart_, 3);
    totals_tabs_->setObjectName(QStringLiteral("totals_tabs"));
    totals_tabs_->addTab(routines_view_, tr("Per routine, all time"));
    totals_tabs_->addTab(exercises_view_, tr("Per exercise, all time"));
    connect(totals_tabs_, &QTabWidget::currentChanged, this, [this] { load_exercises_if_shown(); });
    right_layout->addWidget(totals_tabs_, 2);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({550, 450});
    splitter->setChildrenCollapsible(false);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(splitter, 1);
    return content;
}

QWidget* HistoryPage::build_first_run()
{
    auto* page = new QWidget(this);
    auto* card = new QWidget(page); // a column of readable width in the middle
    card->setFixedWidth(540);
    auto* title = heading(tr("No sessions yet"), card);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto* go = new QPushButton(tr("Go to the Library"), card);
    go->setObjectName(QStringLiteral("go_to_library"));
    go->setAccessibleDescription(tr("Opens the library to pick a routine to start."));
    connect(go, &QPushButton::clicked, this, &HistoryPage::library_requested);
    auto* column = new QVBoxLayout(card);
    column->addWidget(title);
    column->addWidget(paragraph(
        tr("Pick a routine in the Library and press Start. Every session you do shows up here: "
           "which days you exercised this week against your goal, how many minutes, and how your "
           "back felt before and after."),
        card));
    column->addWidget(paragraph(tr("Most advice is three or four sessions a week; change "
                                   "usually shows after three to four weeks."),
                                card));
    column->addSpacing(12);
    column->addWidget(go, 0, Qt::AlignHCenter);
    auto* row = new QHBoxLayout; // no alignment flag: word-wrapped labels then get their height
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget* HistoryPage::build_unavailable()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(heading(tr("The session history is not available"), page), 0,
                      Qt::AlignHCenter);
    layout->addWidget(paragraph(tr("The history file could not be opened when Unknot started, "
                                   "so there is nothing to show here and sessions are not being "
                                   "recorded. Routines still play."),
                                page));
    layout->addStretch();
    return page;
}

} // namespace unknot::gui
