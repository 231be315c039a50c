#include "gui/history/session_detail.h"

#include "core/history/week_math.h"
#include "gui/history/history_text.h"
#include "gui/history/step_table_model.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace unknot::gui {

SessionDetail::SessionDetail(QWidget* parent)
    : QWidget(parent), title_(new TextLabel(TextLabel::Fit::wrap, this)),
      steps_(new StepTableModel(this)), steps_view_(new QTableView(this)),
      notes_(new QPlainTextEdit(this)), save_(new QPushButton(tr("&Save notes"), this)),
      delete_(new QPushButton(tr("&Delete session"), this))
{
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    steps_view_->setModel(steps_);
    steps_view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    steps_view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    steps_view_->setTabKeyNavigation(false);
    steps_view_->setWordWrap(false);
    steps_view_->verticalHeader()->hide();
    steps_view_->verticalHeader()->setDefaultSectionSize(steps_view_->fontMetrics().height() + 8);
    steps_view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    steps_view_->horizontalHeader()->setSectionResizeMode(StepTableModel::exercise,
                                                          QHeaderView::Stretch);
    steps_view_->setAccessibleName(tr("Steps of the session"));
    steps_view_->setAccessibleDescription(
        tr("Each exercise of the selected session and how it went."));
    notes_->setPlaceholderText(tr("Notes on this session: how it felt, what to change next time"));
    notes_->setTabChangesFocus(true);
    notes_->setAccessibleName(tr("Notes"));
    notes_->setAccessibleDescription(tr("Your notes about the selected session; they are saved "
                                        "as you type."));
    save_->setToolTip(tr("Save the notes (Ctrl+S)"));
    delete_->setToolTip(tr("Delete this session from the history (Delete); Ctrl+Z brings it back"));
    auto* save_shortcut = new QAction(this);
    save_shortcut->setShortcut(QKeySequence::Save);
    save_shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(save_shortcut);
    connect(save_shortcut, &QAction::triggered, this, [this] {
        if (notes_modified())
            emit save_notes_requested();
    });
    connect(save_, &QPushButton::clicked, this, &SessionDetail::save_notes_requested);
    connect(delete_, &QPushButton::clicked, this, &SessionDetail::delete_requested);
    connect(notes_, &QPlainTextEdit::textChanged, this, &SessionDetail::update_buttons);
    build_layout();
    show_session(nullptr);
}

void SessionDetail::build_layout()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save_);
    buttons->addStretch();
    buttons->addWidget(delete_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(steps_view_, 3);
    layout->addWidget(notes_, 1);
    layout->addLayout(buttons);
}

void SessionDetail::show_session(const SessionRecord* session)
{
    session_id_ = session ? session->id : 0;
    saved_notes_ = session ? qs(session->notes) : QString();
    if (session) {
        title_->setText(tr("%1 · %2 at %3 · %4")
                            .arg(qs(session->routine_title), long_day_text(session_day(*session)),
                                 time_text(session->local_start()), status_text(session->status)));
        steps_->set_steps(session->steps);
        hide_unused_columns(session->steps);
    } else {
        title_->setText(tr("Select a session to see its steps and notes."));
        steps_->set_steps({});
    }
    notes_->setPlainText(saved_notes_);
    notes_->setEnabled(session != nullptr);
    steps_view_->setEnabled(session != nullptr);
    update_buttons();
}

void SessionDetail::hide_unused_columns(const std::vector<StepRecord>& steps)
{
    const auto any = [&](auto test) { return std::any_of(steps.begin(), steps.end(), test); };
    steps_view_->setColumnHidden(
        StepTableModel::side, !any([](const StepRecord& s) { return s.side != StepSide::none; }));
    steps_view_->setColumnHidden(StepTableModel::set,
                                 !any([](const StepRecord& s) { return s.sets > 1; }));
}

void SessionDetail::notes_saved(qint64 session, const QString& notes)
{
    if (session != session_id_)
        return;
    saved_notes_ = notes;
    if (notes_->toPlainText() != notes)
        notes_->setPlainText(notes);
    update_buttons();
}

QString SessionDetail::notes_text() const
{
    return notes_->toPlainText();
}

bool SessionDetail::notes_modified() const
{
    return session_id_ != 0 && notes_->toPlainText() != saved_notes_;
}

void SessionDetail::update_buttons()
{
    save_->setEnabled(notes_modified());
    delete_->setEnabled(session_id_ != 0);
}

} // namespace unknot::gui
