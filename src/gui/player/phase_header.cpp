#include "gui/player/phase_header.h"

#include "gui/player/phase_text.h"
#include "gui/player/player_fonts.h"
#include "gui/text_label.h"

#include <QHBoxLayout>
#include <QLabel>

namespace unknot::gui {

namespace {

QLabel* plain_label(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(name);
    return label;
}

QString badge_style(Side side)
{
    const char* colour = side == Side::left ? "#5b2fa0" : "#00695c"; // purple left, teal right
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 10px;"
                          " padding: 2px 18px; }")
        .arg(QLatin1String(colour));
}

void show_text(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PhaseHeader::PhaseHeader(QWidget* parent)
    : QWidget(parent), title_(new TextLabel(TextLabel::Fit::elide, this)),
      side_(plain_label(this, QStringLiteral("side_label"))),
      set_(plain_label(this, QStringLiteral("set_label"))),
      rep_(plain_label(this, QStringLiteral("rep_label")))
{
    title_->setObjectName(QStringLiteral("exercise_label"));
    setAccessibleName(tr("Phase"));
    title_->setAccessibleName(tr("Exercise"));
    side_->setAccessibleName(tr("Side"));
    set_->setAccessibleName(tr("Set"));
    rep_->setAccessibleName(tr("Rep"));
    side_->setAlignment(Qt::AlignCenter);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(title_, 1);
    layout->addWidget(side_);
    layout->addWidget(set_);
    layout->addWidget(rep_);
    show_phase({}, Side::none, {}, {});
}

void PhaseHeader::show_phase(const QString& title, Side side, const QString& set_text,
                             const QString& rep_text)
{
    title_->setText(title);
    if (side != shown_side_ && side != Side::none)
        side_->setStyleSheet(badge_style(side));
    shown_side_ = side;
    show_text(side_, side_label(side));
    show_text(set_, set_text);
    show_text(rep_, rep_text);
    // One line for screen readers; setting it tells them (DescriptionChanged) when the phase
    // or the side changes.
    QStringList summary{title};
    for (const QString& part : {side_label(side), set_text, rep_text})
        if (!part.isEmpty())
            summary << part;
    const QString description = summary.join(QStringLiteral(", "));
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void PhaseHeader::set_base_pixels(int pixels)
{
    set_pixel_font(title_, pixels * 2.0, true);
    set_pixel_font(side_, pixels * 2.0, true);
    set_pixel_font(set_, pixels * 1.4);
    set_pixel_font(rep_, pixels * 1.4, true);
}

QString PhaseHeader::title() const
{
    return title_->text();
}

QString PhaseHeader::side_text() const
{
    return side_->isVisibleTo(this) ? side_->text() : QString();
}

QString PhaseHeader::set_text() const
{
    return set_->isVisibleTo(this) ? set_->text() : QString();
}

QString PhaseHeader::rep_text() const
{
    return rep_->isVisibleTo(this) ? rep_->text() : QString();
}

} // namespace unknot::gui
