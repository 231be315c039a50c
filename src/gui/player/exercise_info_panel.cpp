#include "gui/player/exercise_info_panel.h"

#include "core/session/spoken_exercise.h"
#include "gui/player/coach_options.h"

#include "gui/player/player_fonts.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

QLabel* plain_label(const QString& text, QWidget* parent, const QString& name)
{
    auto* label = new TextLabel(TextLabel::Fit::wrap, parent); // text from strangers' files
    label->setText(text);
    label->setObjectName(name);
    return label;
}

QStringList variation_lines(const std::vector<Variation>& variations)
{
    QStringList lines;
    for (const Variation& v : variations)
        lines << ExerciseInfoPanel::tr("%1: %2").arg(qs(v.name), qs(v.description));
    return lines;
}

} // namespace

QList<InfoSection> info_sections(const Exercise& exercise, const Variation* easier)
{
    // As the coach says it (format 1: the first instruction is the setup), in the interface's
    // language where translated; side choices show their left text.
    const SpokenExercise text =
        spoken_exercise(exercise, Side::none, spoken_language().toStdString());
    QStringList movement;
    for (const SpokenLine& line : text.movement)
        movement << qs(line.text);
    QList<InfoSection> sections;
    const auto add = [&sections](const QString& heading, const QStringList& items) {
        if (!items.isEmpty())
            sections.append({heading, items});
    };
    if (easier)
        add(ExerciseInfoPanel::tr("You are doing the easier version"), variation_lines({*easier}));
    add(ExerciseInfoPanel::tr("Before you start"), qs(text.preparation));
    add(ExerciseInfoPanel::tr("Get into position"), qs(text.setup));
    add(ExerciseInfoPanel::tr("The movement"), movement);
    add(ExerciseInfoPanel::tr("Form"), qs(text.cues));
    add(ExerciseInfoPanel::tr("Breathing"), qs(text.breathing));
    add(ExerciseInfoPanel::tr("When to stop"), qs(text.cautions));
    add(ExerciseInfoPanel::tr("Easier versions"), variation_lines(exercise.variations));
    return sections;
}

ExerciseInfoPanel::ExerciseInfoPanel(QWidget* parent)
    : QWidget(parent), title_(plain_label({}, this, QStringLiteral("info_title"))),
      hint_(plain_label(tr("Paused · Esc or I: back to the exercise · ↑ ↓ scroll · P: this hurts"),
                        this, QStringLiteral("info_hint"))),
      scroll_(new QScrollArea(this)), body_(new QWidget(scroll_)), sections_(new QVBoxLayout(body_))
{
    setObjectName(QStringLiteral("exercise_info"));
    setAccessibleName(tr("About this exercise"));
    setFocusPolicy(Qt::StrongFocus);
    sections_->setContentsMargins(0, 0, 16, 0);
    sections_->setSpacing(8);
    sections_->addStretch(1);
    scroll_->setWidget(body_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title_);
    layout->addWidget(scroll_, 1);
    layout->addWidget(hint_);
}

void ExerciseInfoPanel::show_exercise(const Exercise& exercise, const Variation* easier)
{
    title_->setText(qs(exercise.name));
    for (QLabel* old : body_->findChildren<QLabel*>())
        delete old;
    int at = 0;
    for (const InfoSection& section : info_sections(exercise, easier)) {
        sections_->insertWidget(at++,
                                plain_label(section.heading, body_, QStringLiteral("heading")));
        for (const QString& item : section.items)
            sections_->insertWidget(
                at++, plain_label(QStringLiteral("• ") + item, body_, QStringLiteral("item")));
    }
    set_base_pixels(base_pixels_);
    scroll_->verticalScrollBar()->setValue(0);
}

QString ExerciseInfoPanel::title() const
{
    return title_->text();
}

QStringList ExerciseInfoPanel::shown_texts() const
{
    QStringList texts;
    for (int i = 0; i < sections_->count(); ++i)
        if (auto* label = qobject_cast<QLabel*>(sections_->itemAt(i)->widget()))
            texts << label->text();
    return texts;
}

void ExerciseInfoPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_I:
        emit close_requested();
        break;
    case Qt::Key_P:
        emit hurts_requested();
        break;
    case Qt::Key_Up:
        scroll_by(0, -1);
        break;
    case Qt::Key_Down:
        scroll_by(0, 1);
        break;
    case Qt::Key_PageUp:
        scroll_by(-1, 0);
        break;
    case Qt::Key_PageDown:
        scroll_by(1, 0);
        break;
    case Qt::Key_F11: // full screen: the player's
        QWidget::keyPressEvent(event);
        return;
    default:
        break; // nothing else reaches the player behind the panel
    }
    event->accept();
}

void ExerciseInfoPanel::scroll_by(int pages, int lines)
{
    QScrollBar* bar = scroll_->verticalScrollBar();
    bar->setValue(bar->value() + pages * bar->pageStep() + lines * base_pixels_ * 3);
}

void ExerciseInfoPanel::set_base_pixels(int pixels)
{
    base_pixels_ = pixels;
    set_pixel_font(title_, pixels * 2.0, true);
    set_pixel_font(hint_, pixels * 1.0);
    for (QLabel* label : body_->findChildren<QLabel*>()) {
        const bool heading = label->objectName() == QStringLiteral("heading");
        set_pixel_font(label, pixels * (heading ? 1.35 : 1.25), heading);
        label->setContentsMargins(0, heading ? pixels / 2 : 0, 0, 0);
    }
}

} // namespace unknot::gui
