#include "gui/session/session_flow.h"

#include "core/programme/flare_up.h"
#include "core/session/session_engine.h"
#include "gui/player/player_page.h"
#include "gui/session/pain_rating_page.h"
#include "gui/session/session_logger.h"
#include "gui/session/session_summary_page.h"
#include "gui/settings_keys.h"
#include "gui/text.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>

namespace unknot::gui {

SessionFlow::SessionFlow(QStackedWidget* pages, PlayerPage* player, SessionLogger* logger,
                         QSettings* settings, QObject* parent)
    : QObject(parent), pages_(pages), player_(player), logger_(logger), settings_(settings),
      banner_(new QLabel(pages))
{
    banner_->setObjectName(QStringLiteral("log-banner"));
    banner_->setTextFormat(Qt::PlainText);
    banner_->setWordWrap(true);
    banner_->setMargin(8);
    banner_->setStyleSheet(QStringLiteral("background: #fff4d6; color: #4a3500;"));
    banner_->setVisible(false);
    connect(player_, &PlayerPage::session_finished, this, &SessionFlow::on_session_finished);
    if (!logger_ || !settings_)
        return;
    logger_->attach(player_);
    connect(logger_, &SessionLogger::logging_changed, this, &SessionFlow::update_banner);
    pain_page_ = new PainRatingPage(*settings_, pages_);
    summary_ = new SessionSummaryPage(pages_);
    pages_->addWidget(pain_page_);
    pages_->addWidget(summary_);
    connect(pain_page_, &PainRatingPage::answered, this, &SessionFlow::start_player);
    connect(summary_, &SessionSummaryPage::save_requested, this, &SessionFlow::save_summary);
    connect(summary_, &SessionSummaryPage::back_requested, this, &SessionFlow::finished);
}

void SessionFlow::begin(const QString& routine_id, RoutineFile snapshot, SessionPlan plan,
                        Gentle gentle)
{
    gentle_ = std::move(gentle);
    SessionEngine check(plan); // throws here, before anything changes
    routine_id_ = routine_id;
    title_ = snapshot.routine ? qs(snapshot.routine->title) : routine_id;
    snapshot_ = std::move(snapshot);
    pending_plan_ = std::move(plan);
    if (pain_page_ && PainRatingPage::enabled(*settings_)) {
        pages_->setCurrentWidget(pain_page_);
        pain_page_->ask(title_);
        return;
    }
    start_player(std::nullopt);
}

void SessionFlow::start_player(std::optional<int> pain_before)
{
    if (!pending_plan_)
        return;
    bool flare_up = false;
    if (gentle_ && settings_ && pain_before &&
        is_flare_up(pain_before, settings_keys::flare_up_threshold.read(*settings_)) &&
        !offer_gentle_version(*pain_before, flare_up)) {
        pending_plan_.reset();
        emit finished();
        return;
    }
    RoutineFile content = std::move(snapshot_); // what the player says and shows beyond the plan
    if (logger_)
        logger_->prepare(content, pain_before, flare_up);
    SessionPlan plan = std::move(*pending_plan_);
    pending_plan_.reset();
    pages_->setCurrentWidget(player_);
    player_->start(routine_id_, std::move(plan), std::move(content)); // focuses its Pause button
}

bool SessionFlow::offer_gentle_version(int pain_before, bool& flare_up)
{
    QMessageBox box(QMessageBox::Question, tr("A hard day for your back"),
                    tr("You rated your pain %1 out of 10. On a day like this a gentler version "
                       "is kinder to your back: one set of each exercise, shorter holds and "
                       "fewer reps. It does not count against your programme.\n\nIf the pain "
                       "is new, very strong, or comes with numbness, weakness, fever or chest "
                       "pain, do not exercise today: see a doctor.")
                        .arg(pain_before),
                    QMessageBox::NoButton, pages_);
    QAbstractButton* gentle = box.addButton(tr("&Gentle version"), QMessageBox::AcceptRole);
    QAbstractButton* usual = box.addButton(tr("The &usual routine"), QMessageBox::ActionRole);
    QAbstractButton* skip = box.addButton(tr("&Not today"), QMessageBox::RejectRole);
    box.setObjectName(QStringLiteral("flare_up_question"));
    box.setDefaultButton(qobject_cast<QPushButton*>(gentle));
    box.setEscapeButton(skip);
    box.exec();
    if (box.clickedButton() == skip)
        return false;
    if (box.clickedButton() == usual || !gentle_)
        return true;
    auto [routine, plan] = gentle_();
    snapshot_.routine = std::move(routine);
    pending_plan_ = std::move(plan);
    flare_up = true;
    return true;
}

void SessionFlow::on_session_finished()
{
    update_banner(false);
    if (!summary_) {
        emit finished();
        return;
    }
    summary_->show_result(title_, logger_->tally(), log_problem(), logger_->has_store());
    summary_->set_week_standing(week_standing_ ? week_standing_() : QString());
    pages_->setCurrentWidget(summary_);
}

QString SessionFlow::log_problem() const
{
    if (!logger_->has_store() && !logger_->not_logged().isEmpty())
        return logger_->not_logged();
    if (!logger_->has_store())
        return tr("This session is not in the history: the history could not be opened when "
                  "Unknot started.");
    if (logger_->logging_failed() && !logger_->session_id())
        return tr("This session is not saved yet (%1). Press Save to try again.")
            .arg(logger_->last_error());
    if (logger_->logging_failed())
        return tr("Part of this session is not saved yet (%1). Press Save to try again.")
            .arg(logger_->last_error());
    return {};
}

void SessionFlow::save_summary(std::optional<int> pain_after, const QString& notes)
{
    if (logger_->save_summary(pain_after, notes)) {
        emit finished();
        return;
    }
    summary_->set_problem(
        tr("Could not save yet (%1). Your notes are still here; press Save to try again.")
            .arg(logger_->last_error()));
}

void SessionFlow::update_banner(bool failed)
{
    failed = failed && player_->playing();
    banner_->setText(failed ? tr("Logging failed: the session history cannot be written just now "
                                 "(%1). Keep going: the finished steps are kept and will be saved "
                                 "as soon as writing works again.")
                                  .arg(logger_->last_error())
                            : QString());
    banner_->setVisible(failed);
}

bool SessionFlow::close_requested()
{
    if (player_->playing()) {
        QMessageBox box(QMessageBox::Question, tr("Stop the session?"),
                        tr("A session is under way. Stop it and close Unknot? What you have done "
                           "so far is kept."),
                        QMessageBox::Yes | QMessageBox::No, pages_);
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Stop and close"));
        box.button(QMessageBox::No)->setText(tr("Keep going"));
        const bool paused_here = player_->pause_for_question();
        if (box.exec() != QMessageBox::Yes) {
            player_->resume_after_question(paused_here);
            return false;
        }
        player_->stop();
        return true;
    }
    if (summary_ && pages_->currentWidget() == summary_ && summary_->has_input())
        logger_->save_summary(summary_->pain_after(), summary_->notes());
    return true;
}

} // namespace unknot::gui
