#include "gui/player/control_bar.h"

#include "gui/player/player_fonts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>

#include <algorithm>

namespace unknot::gui {

namespace {

void set_toggle(QCheckBox* toggle, bool on, bool available, const QString& missing)
{
    const QSignalBlocker block(toggle);
    toggle->setChecked(on);
    toggle->setEnabled(available);
    if (!available)
        toggle->setToolTip(missing);
}

} // namespace

ControlBar::ControlBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8); // seven buttons and two toggles fit 1280 px in German too
    pause_ = add_button(tr("Pause"), tr("Space"), tr("Pause"), &ControlBar::pause_clicked);
    back_ = add_button(tr("Back"), tr("Left arrow"), tr("Back"), &ControlBar::back_clicked);
    skip_ = add_button(tr("Skip"), tr("Right arrow"), tr("Skip"), &ControlBar::skip_clicked);
    done_ =
        add_button(tr("Done"), tr("Enter"), tr("Done with the reps"), &ControlBar::done_clicked);
    hurts_ = add_button(tr("This hurts"), tr("P"), tr("This hurts: easier version, skip or end"),
                        &ControlBar::hurts_clicked);
    info_ = add_button(tr("Instructions"), tr("I"), tr("All instructions for this exercise"),
                       &ControlBar::info_clicked);
    stop_ = add_button(tr("Stop"), tr("Esc"), tr("Stop the session"), &ControlBar::stop_clicked);
    hurts_->setStyleSheet(QStringLiteral("QPushButton { color: white; background: #b3261e; }"));
    layout->addStretch(1);
    sound_ = add_toggle(tr("Sound"), tr("Sound cues"));
    voice_ = add_toggle(tr("Voice"), tr("Spoken cues"));
    connect(sound_, &QCheckBox::toggled, this, &ControlBar::sound_toggled);
    connect(voice_, &QCheckBox::toggled, this, &ControlBar::voice_toggled);
}

QPushButton* ControlBar::add_button(const QString& text, const QString& key, const QString& name,
                                    void (ControlBar::*signal)())
{
    auto* button = new QPushButton(text, this);
    button->setFocusPolicy(Qt::TabFocus); // a click leaves the focus where it was
    button->setToolTip(tr("%1 (%2)").arg(name, key));
    button->setAccessibleName(name);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this, signal);
    layout()->addWidget(button);
    return button;
}

QCheckBox* ControlBar::add_toggle(const QString& text, const QString& name)
{
    auto* toggle = new QCheckBox(text, this);
    toggle->setFocusPolicy(Qt::TabFocus);
    toggle->setAccessibleName(name);
    toggle->setToolTip(tr("%1 on or off").arg(name));
    layout()->addWidget(toggle);
    return toggle;
}

QList<QWidget*> ControlBar::controls() const
{
    return {pause_, back_, skip_, done_, hurts_, info_, stop_, sound_, voice_};
}

// Only a change is set: each new name is announced by screen readers.
void ControlBar::set_paused(bool paused)
{
    const QString text = paused ? tr("Resume") : tr("Pause");
    if (pause_->text() == text)
        return;
    pause_->setText(text);
    pause_->setAccessibleName(text);
    pause_->setToolTip(paused ? tr("Resume (Space)") : tr("Pause (Space)"));
}

void ControlBar::set_done_enabled(bool enabled)
{
    done_->setEnabled(enabled);
}

void ControlBar::set_sound(bool on, bool available)
{
    set_toggle(sound_, on, available, tr("No audio output found: cues are shown on screen"));
}

void ControlBar::set_voice(bool on, bool available)
{
    set_toggle(voice_, on, available, tr("No speech engine works here: cues are shown on screen"));
}

// Wide enough for the longer of its words with half a letter's height of room on either side
// ("Überspringen" touched its edges): read from the mat, a word needs air around it.
void ControlBar::fit_width(QPushButton* button, const QStringList& words, int pixels)
{
    int widest = 0;
    for (const QString& word : words)
        widest = std::max(widest, button->fontMetrics().horizontalAdvance(word));
    button->setMinimumWidth(std::max(pixels * 5, widest + button->font().pixelSize() * 3 / 2));
}

void ControlBar::set_base_pixels(int pixels)
{
    for (QPushButton* button : {pause_, back_, skip_, done_, hurts_, info_, stop_}) {
        set_pixel_font(button, pixels * 1.2, button == pause_);
        button->setMinimumHeight(pixels * 3);
        fit_width(button,
                  button == pause_ ? QStringList{tr("Pause"), tr("Resume")}
                                   : QStringList{button->text()},
                  pixels);
    }
    // The boxes as large as the words beside them: the style's 13 px box is lost at two metres.
    const int box = int(pixels * 1.1 * 0.9);
    for (QCheckBox* toggle : {sound_, voice_}) {
        set_pixel_font(toggle, pixels * 1.1);
        toggle->setStyleSheet(
            QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(box));
    }
}

} // namespace unknot::gui
