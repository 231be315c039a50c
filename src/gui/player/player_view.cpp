#include "gui/player/player_view.h"

#include "gui/player/announcer.h"
#include "gui/player/caution_line.h"
#include "gui/player/countdown_display.h"
#include "gui/player/illustration_area.h"
#include "gui/player/phase_header.h"
#include "gui/player/phase_text.h"
#include "gui/player/player_fonts.h"
#include "gui/player/session_progress.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

const QColor kPausedColour(0x4a, 0x50, 0x58);

QLabel* text_label(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* label = new TextLabel(TextLabel::Fit::wrap, parent); // routine files come from strangers
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    return label;
}

void show_text(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool is_rest(const Phase& phase)
{
    return phase_tone(phase.kind) == PhaseTone::rest;
}

QString set_text(const Phase& phase)
{
    if (phase.sets <= 1)
        return {};
    return QCoreApplication::translate("unknot::PlayerView", "Set %1 of %2")
        .arg(phase.set)
        .arg(phase.sets);
}

// During rests the illustration shows what comes next; otherwise the current phase.
int illustrated_phase(const SessionPlan& plan, int index)
{
    for (int i = index; i < static_cast<int>(plan.phases.size()); ++i)
        if (!is_rest(plan.phases[i]))
            return i;
    return -1;
}

} // namespace

PlayerView::PlayerView(QWidget* parent)
    : QWidget(parent), header_(new PhaseHeader(this)), countdown_(new CountdownDisplay(this)),
      illustration_(new IllustrationArea(this)),
      instruction_(text_label(this, QStringLiteral("instruction_label"), tr("Instruction"))),
      cue_(text_label(this, QStringLiteral("cue_label"), tr("Form cue"))),
      caution_(new CautionLine(this)),
      next_(text_label(this, QStringLiteral("next_label"), tr("Next up"))),
      dose_(text_label(this, QStringLiteral("dose_label"), tr("This week's dose"))),
      notice_(text_label(this, QStringLiteral("notice_label"), tr("Notice"))),
      progress_(new SessionProgress(this)), announcer_(new Announcer(this)),
      announcements_(*announcer_)
{
    notice_->setStyleSheet(QStringLiteral("QLabel { color: white; background: #8a4b00;"
                                          " border-radius: 6px; padding: 4px 10px; }"));
    notice_->hide();
    auto* middle = new QHBoxLayout;
    middle->setSpacing(16);
    middle->addWidget(countdown_, 3);
    middle->addWidget(illustration_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(header_);
    layout->addLayout(middle, 1);
    layout->addWidget(instruction_);
    layout->addWidget(cue_);
    layout->addWidget(caution_);
    layout->addWidget(next_);
    layout->addWidget(dose_);
    layout->addWidget(notice_);
    layout->addWidget(progress_);
}

void PlayerView::show_state(const SessionEngine& engine, TimePoint now)
{
    const Phase* phase = engine.current_phase();
    progress_->show_progress(engine.elapsed_seconds(now), engine.remaining_total_seconds(now));
    if (!phase) {
        countdown_->show_value(engine.finished() ? tr("FINISHED") : QString(), {}, {},
                               tone_colour(PhaseTone::rest));
        show_text(dose_, {});
        announcements_.update(engine, now, {});
        return;
    }
    show_countdown(engine, *phase, now);
    show_texts(engine, *phase, now);
    show_illustration(engine.plan(), engine.phase_index());
    show_dose_note(engine.plan(), engine.phase_index());
    // "HOLD: Side stretch, LEFT, Set 1 of 2": changing it tells screen readers (DescriptionChanged)
    // that a new phase began.
    const QString described =
        countdown_->caption() + QStringLiteral(": ") + header_->accessibleDescription();
    if (described != accessibleDescription())
        setAccessibleDescription(described);
    announcements_.update(engine, now, described);
}

void PlayerView::show_countdown(const SessionEngine& engine, const Phase& phase, TimePoint now)
{
    QString big;
    QString footer;
    if (phase.self_paced()) {
        big = QString::number(phase.reps);
        footer = tr("reps · then press Done (Enter)");
    } else if (phase.kind == PhaseKind::reps) {
        big = QString::number(engine.current_rep(now));
        footer = tr("of %1").arg(phase.reps);
    } else {
        big = countdown_text(engine.remaining_seconds(now).value_or(0.0));
    }
    if (engine.paused())
        countdown_->show_value(tr("PAUSED"), big, tr("Space to go on"), kPausedColour);
    else
        countdown_->show_value(phase_caption(phase.kind), big, footer,
                               tone_colour(phase_tone(phase.kind)));
}

void PlayerView::show_texts(const SessionEngine& engine, const Phase& phase, TimePoint now)
{
    const SessionPlan& plan = engine.plan();
    const int index = engine.phase_index();
    if (is_rest(phase)) {
        show_rest_texts(plan, index);
        return;
    }
    // A lead-in shows the side and set of the exercise it leads into.
    const bool lead_in = phase.kind == PhaseKind::lead_in;
    const int about_index = lead_in ? upcoming_phase(plan, index) : index;
    const Phase& about = about_index >= 0 ? plan.phases[about_index] : phase;
    const Side side =
        lead_in ? (about.alternate ? Side::none : about.side) : engine.current_side(now);
    const bool paced = phase.kind == PhaseKind::reps && !phase.self_paced();
    const QString rep =
        paced ? tr("Rep %1 of %2").arg(engine.current_rep(now)).arg(phase.reps) : QString();
    header_->show_phase(phase.title.empty() ? phase_caption(phase.kind) : qs(phase.title), side,
                        set_text(about), rep);

    const bool switching = phase.kind == PhaseKind::switch_sides;
    const bool easier = phase.step_index == easier_step_;
    const QString instruction =
        switching ? QString() : (easier ? easier_text_ : qs(phase.instruction));
    show_text(instruction_, spoken_line_.isEmpty() ? instruction : spoken_line_);
    show_text(cue_, switching || easier || !spoken_line_.isEmpty() ? QString() : qs(phase.cue));
    const bool first = lead_in && index == 0 && !before_you_start_.isEmpty();
    set_next_as_list(first);
    show_text(next_, first     ? tr("Before you start: %1").arg(before_you_start_.join(u' '))
                     : lead_in ? QString()
                               : next_up_text(plan, index));
}

// The list before the first exercise can run to several sentences: in body text, not the bold
// "Next up" size, so the countdown and the figure keep their room.
void PlayerView::set_next_as_list(bool list)
{
    if (list == next_is_list_)
        return;
    next_is_list_ = list;
    if (base_pixels_ > 0)
        set_pixel_font(next_, base_pixels_ * (list ? 1.0 : 1.3), !list);
}

// A rest puts what comes next in the header, where it reads from across the room.
void PlayerView::show_rest_texts(const SessionPlan& plan, int index)
{
    const Phase& phase = plan.phases[index];
    const int next = upcoming_phase(plan, index);
    set_next_as_list(false);
    if (next < 0) {
        header_->show_phase(phase_caption(phase.kind), Side::none, {}, {});
    } else {
        const Phase& coming = plan.phases[next];
        const bool named = coming.is_exercise() || coming.kind == PhaseKind::timed;
        header_->show_phase(named ? tr("Next: %1").arg(qs(coming.title))
                                  : next_up_text(plan, index),
                            coming.alternate ? Side::none : coming.side, set_text(coming), {});
    }
    const QString note = phase.kind == PhaseKind::rest ? qs(phase.instruction) : QString();
    show_text(instruction_, spoken_line_.isEmpty() ? note : spoken_line_);
    show_text(cue_, {});
    show_text(next_, next < 0 ? next_up_text(plan, index) : QString());
}

void PlayerView::show_illustration(const SessionPlan& plan, int index)
{
    const int shown = illustrated_phase(plan, index);
    if (shown < 0) {
        illustration_->show_exercise({}, {});
        return;
    }
    const Phase& phase = plan.phases[shown];
    illustration_->show_exercise(qs(phase.exercise_id), qs(phase.title));
}

// The note of the step being played, or during a rest or lead-in of the one coming.
void PlayerView::show_dose_note(const SessionPlan& plan, int index)
{
    const int shown = illustrated_phase(plan, index);
    const auto note =
        shown < 0 ? dose_notes_.end() : dose_notes_.find(plan.phases[shown].step_index);
    show_text(dose_, note == dose_notes_.end() ? QString() : note->second);
}

void PlayerView::set_spoken_line(const QString& text)
{
    spoken_line_ = text;
}

void PlayerView::set_notice(const QString& text)
{
    show_text(notice_, text);
}

void PlayerView::set_easier_version(int step, const QString& text)
{
    easier_step_ = step;
    easier_text_ = text;
}

QString PlayerView::instruction() const
{
    return instruction_->text();
}

QString PlayerView::form_cue() const
{
    return cue_->text();
}

QString PlayerView::next_up() const
{
    return next_->text();
}

QString PlayerView::dose_note() const
{
    return dose_->isVisibleTo(this) ? dose_->text() : QString();
}

QString PlayerView::notice() const
{
    return notice_->isVisibleTo(this) ? notice_->text() : QString();
}

void PlayerView::set_base_pixels(int pixels)
{
    if (pixels == base_pixels_)
        return;
    base_pixels_ = pixels;
    header_->set_base_pixels(pixels);
    illustration_->set_base_pixels(pixels);
    progress_->set_base_pixels(pixels);
    set_pixel_font(instruction_, pixels * 1.9); // the line the coach says: read from the mat
    set_pixel_font(cue_, pixels * 1.2, false, true);
    caution_->set_base_pixels(pixels);
    set_pixel_font(next_, pixels * (next_is_list_ ? 1.0 : 1.3), !next_is_list_);
    set_pixel_font(dose_, pixels * 1.2);
    set_pixel_font(notice_, pixels * 1.1, true);
}

} // namespace unknot::gui
