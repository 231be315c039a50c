#include "gui/session/session_summary_page.h"

#include "gui/player/player_fonts.h"
#include "gui/session/pain_scale.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace unknot::gui {

SessionSummaryPage::SessionSummaryPage(QWidget* parent)
    : QWidget(parent), heading_(add_label(true)), counts_(add_label(true)), time_(add_label()),
      week_(add_label()), pain_before_(add_label()), pain_question_(add_label()),
      pain_(new PainScale(this)), keys_(add_label()), notes_(new QPlainTextEdit(this)),
      problem_(add_label(true)), save_(new QPushButton(tr("Save"), this)),
      back_(new QPushButton(tr("Back to the library"), this))
{
    setObjectName(QStringLiteral("session-summary"));
    setAccessibleName(tr("Session summary"));
    pain_question_->setText(tr("How much does your back hurt now?"));
    notes_->setPlaceholderText(tr("Notes (optional): how did it feel, what was hard?"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    problem_->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    save_->setDefault(true);
    keys_->setText(PainScale::keys_hint() + QLatin1Char(' ') + tr("Enter saves."));
    connect(save_, &QPushButton::clicked, this, &SessionSummaryPage::save);
    connect(back_, &QPushButton::clicked, this, &SessionSummaryPage::go_back);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(back_);
    buttons->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(heading_);
    layout->addWidget(counts_);
    layout->addWidget(time_);
    layout->addWidget(week_);
    layout->addWidget(pain_before_);
    layout->addSpacing(12);
    layout->addWidget(pain_question_);
    layout->addWidget(pain_);
    layout->addWidget(keys_);
    layout->addSpacing(12);
    layout->addWidget(notes_, 1);
    layout->addWidget(problem_);
    layout->addLayout(buttons);
}

QLabel* SessionSummaryPage::add_label(bool wrap)
{
    auto* label = new TextLabel(wrap ? TextLabel::Fit::wrap : TextLabel::Fit::elide, this);
    return label;
}

void SessionSummaryPage::show_result(const QString& routine_title, const SessionTally& tally,
                                     const QString& problem, bool can_save)
{
    const bool completed = tally.outcome == SessionOutcome::completed;
    heading_->setText(completed ? tr("Well done: “%1” is finished.").arg(routine_title)
                                : tr("“%1” was stopped early.").arg(routine_title));
    QStringList counts{tr("Done: %1").arg(tally.done), tr("Skipped: %1").arg(tally.skipped),
                       tr("Stopped because it hurt: %1").arg(tally.stopped_for_pain)};
    if (tally.stopped > 0)
        counts << tr("Under way when stopped: %1").arg(tally.stopped);
    counts_->setText(counts.join(QStringLiteral(" · ")));
    time_->setText(tr("Active time: %1").arg(format_minutes(std::round(tally.active_seconds))));
    pain_before_->setText(tally.pain_before ? tr("Pain before: %1 of 10").arg(*tally.pain_before)
                                            : QString());
    pain_before_->setVisible(tally.pain_before.has_value());
    pain_->set_value(std::nullopt);
    notes_->clear();
    save_->setVisible(can_save);
    back_->setDefault(!can_save);
    set_problem(problem);
    for (QWidget* w : std::initializer_list<QWidget*>{pain_question_, pain_, notes_})
        w->setEnabled(can_save);
    keys_->setVisible(can_save);
    (can_save ? static_cast<QWidget*>(pain_->button(0)) : back_)->setFocus();
}

void SessionSummaryPage::set_week_standing(const QString& text)
{
    week_->setText(text);
    week_->setVisible(!text.isEmpty());
}

void SessionSummaryPage::set_problem(const QString& text)
{
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
}

bool SessionSummaryPage::has_input() const
{
    return pain_after().has_value() || !notes().trimmed().isEmpty();
}

std::optional<int> SessionSummaryPage::pain_after() const
{
    return pain_->value();
}

QString SessionSummaryPage::notes() const
{
    return notes_->toPlainText();
}

QString SessionSummaryPage::heading_text() const
{
    return heading_->text();
}

QString SessionSummaryPage::counts_text() const
{
    return counts_->text();
}

QString SessionSummaryPage::time_text() const
{
    return time_->text();
}

QString SessionSummaryPage::week_text() const
{
    return week_->text();
}

QString SessionSummaryPage::pain_before_text() const
{
    return pain_before_->text();
}

QString SessionSummaryPage::problem_text() const
{
    return problem_->text();
}

QString SessionSummaryPage::keys_text() const
{
    return keys_->text();
}

void SessionSummaryPage::save()
{
    emit save_requested(pain_after(), notes());
}

void SessionSummaryPage::go_back()
{
    if (!save_->isVisible() || !has_input()) {
        emit back_requested();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Save the pain rating and notes?"),
                    tr("You entered a pain rating or notes for this session. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("Don't save"));
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        save();
    else if (answer == QMessageBox::Discard)
        emit back_requested();
}

void SessionSummaryPage::keyPressEvent(QKeyEvent* event)
{
    // The notes take their own keys first; buttons outside a dialog let Enter through.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (const auto pain = PainScale::pain_for_key(*event); pain && pain_->isEnabled())
        pain_->set_value(pain);
    else if (enter && save_->isVisible() && focusWidget() != back_)
        save();
    else if (enter)
        go_back();
    else
        QWidget::keyPressEvent(event);
}

void SessionSummaryPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int base = player_base_pixels(height());
    set_pixel_font(heading_, base * 1.8, true);
    for (QLabel* label : {counts_, time_, week_, pain_before_, keys_, problem_})
        set_pixel_font(label, base * 1.1);
    set_pixel_font(pain_question_, base * 1.3, true);
    pain_->set_button_pixels(base * 3 / 2);
    for (QWidget* w : std::initializer_list<QWidget*>{notes_, save_, back_})
        set_pixel_font(w, base);
}

} // namespace unknot::gui
