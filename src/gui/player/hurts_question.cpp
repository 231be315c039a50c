#include "gui/player/hurts_question.h"

#include "gui/player/player_fonts.h"
#include "gui/player/red_flags_panel.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

QLabel* plain_label(QWidget* parent, const QString& name)
{
    auto* label = new TextLabel(TextLabel::Fit::wrap, parent); // text from strangers' files
    label->setObjectName(name);
    return label;
}

void colour_button(QPushButton* button, const char* background, const char* colour)
{
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 24px;"
                                         " border-radius: 10px; background: %1; color: %2; }")
                              .arg(QLatin1String(background), QLatin1String(colour)));
}

} // namespace

QString spoken_hurts_question(bool easier, bool exercise, const RedFlagTiers& tiers)
{
    QStringList words{HurtsQuestion::tr("It hurts. What now?")};
    if (easier)
        words << HurtsQuestion::tr("Press 1 to try the easier version.");
    words << (exercise ? HurtsQuestion::tr("Press 2 to skip this exercise.")
                       : HurtsQuestion::tr("Press 2 to skip this step."))
          << HurtsQuestion::tr("Press 3 to end the session.")
          << HurtsQuestion::tr("Call the emergency number now if:") << emergency_lines(tiers);
    return words.join(QLatin1Char(' '));
}

HurtsQuestion::HurtsQuestion(QWidget* parent)
    : QWidget(parent), heading_(plain_label(this, QStringLiteral("hurts_heading"))),
      about_(plain_label(this, QStringLiteral("hurts_about"))), red_flags_(new RedFlagsPanel(this))
{
    setObjectName(QStringLiteral("hurts_question"));
    setAccessibleName(tr("It hurts: what now?"));
    setFocusPolicy(Qt::StrongFocus);
    heading_->setText(tr("It hurts. What now?"));
    auto* choices = new QVBoxLayout;
    choices->setSpacing(16);
    choices->addWidget(heading_);
    choices->addWidget(about_);
    choices->addSpacing(8);
    easier_ = add_button(tr("Try the easier version"), &HurtsQuestion::choose_easier);
    skip_ = add_button(tr("Skip this exercise"), &HurtsQuestion::choose_skip);
    end_ = add_button(tr("End the session"), &HurtsQuestion::choose_end);
    back_ = add_button(tr("Back to the exercise"), &HurtsQuestion::cancel);
    for (QPushButton* button : {easier_, skip_, end_, back_})
        choices->addWidget(button);
    colour_button(easier_, "#1b5e20", "white");
    colour_button(skip_, "#37474f", "white");
    colour_button(end_, "#4a148c", "white");
    back_->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 24px;"
                                        " border-radius: 10px; border: 3px solid palette(mid); }"));
    choices->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("red_flags_scroll"));
    scroll->setWidget(red_flags_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(32);
    layout->addLayout(choices, 1);
    layout->addWidget(scroll, 1);
}

QPushButton* HurtsQuestion::add_button(const QString& name, void (HurtsQuestion::*action)())
{
    auto* button = new QPushButton(this);
    button->setFocusPolicy(Qt::NoFocus); // keys go to the question, never to a focused button
    button->setAccessibleName(name);
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // the column sets the width
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

void HurtsQuestion::ask(const QString& about, const Variation* easier, bool exercise,
                        const RedFlagTiers& tiers)
{
    about_text_ = about;
    about_->setText(about.isEmpty() ? tr("The session is paused.")
                                    : tr("%1 · the session is paused.").arg(about));
    easier_->setVisible(easier != nullptr);
    easier_name_ = easier ? qs(easier->name) : QString();
    if (easier)
        easier_->setAccessibleName(tr("Try the easier version: %1").arg(easier_name_));
    fit_easier_text();
    const QString skip = exercise ? tr("Skip this exercise") : tr("Skip this step");
    skip_->setText(tr("2   %1").arg(skip));
    skip_->setAccessibleName(skip);
    end_->setText(tr("3   End the session"));
    back_->setText(tr("Esc   Back to the exercise"));
    red_flags_->show_tiers(tiers);
}

// The easier version's name comes from a file: on the button's line when it fits, else on a
// second line, cut to the button's width only when even that is too narrow; it never widens it.
void HurtsQuestion::fit_easier_text()
{
    const QFontMetrics metrics = easier_->fontMetrics();
    const int padding = 48 + metrics.averageCharWidth() * 2; // the style's padding, and some air
    const int room = easier_->width() - padding;
    QString name = easier_name_;
    name.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
    const QString one_line = tr("1   Try the easier version: %1").arg(name);
    if (metrics.horizontalAdvance(one_line) <= room) {
        easier_->setText(one_line);
        return;
    }
    const QString indent = QStringLiteral("    ");
    QString cut = metrics.elidedText(easier_name_, Qt::ElideRight,
                                     std::max(0, room - metrics.horizontalAdvance(indent)));
    cut.replace(QLatin1Char('&'), QStringLiteral("&&"));
    easier_->setText(tr("1   Try the easier version:") + QLatin1Char('\n') + indent + cut);
}

void HurtsQuestion::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fit_easier_text();
}

QString HurtsQuestion::about() const
{
    return about_text_;
}

void HurtsQuestion::choose(HurtChoice choice)
{
    if (choice == HurtChoice::easier && easier_->isHidden())
        return;
    emit answered(choice);
}

void HurtsQuestion::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_1:
        choose_easier();
        break;
    case Qt::Key_2:
        choose_skip();
        break;
    case Qt::Key_3:
        choose_end();
        break;
    case Qt::Key_Escape:
    case Qt::Key_Backspace:
        cancel();
        break;
    case Qt::Key_F11: // full screen: the player's
        QWidget::keyPressEvent(event);
        return;
    default:
        break; // nothing else reaches the player behind the question
    }
    event->accept();
}

void HurtsQuestion::set_base_pixels(int pixels)
{
    set_pixel_font(heading_, pixels * 2.0, true);
    set_pixel_font(about_, pixels * 1.4);
    for (QPushButton* button : {easier_, skip_, end_, back_}) {
        set_pixel_font(button, pixels * 1.5, button != back_);
        button->setMinimumHeight(pixels * 4);
    }
    red_flags_->set_base_pixels(pixels);
    fit_easier_text();
}

} // namespace unknot::gui
