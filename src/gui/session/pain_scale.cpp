#include "gui/session/pain_scale.h"

#include "gui/player/player_fonts.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

constexpr int kMaxPain = 10;

QLabel* end_label(const QString& text, Qt::Alignment alignment, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment);
    return label;
}

} // namespace

PainScale::PainScale(QWidget* parent) : QWidget(parent), group_(new QButtonGroup(this))
{
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (int pain = 0; pain <= kMaxPain; ++pain) {
        auto* b = new QPushButton(QString::number(pain), this);
        b->setCheckable(true);
        b->setAccessibleName(tr("Pain %1 of 10").arg(pain));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        group_->addButton(b, pain);
        buttons->addWidget(b);
    }
    auto* ends = new QHBoxLayout;
    ends->addWidget(end_label(tr("0 no pain"), Qt::AlignLeft, this));
    ends->addStretch(1);
    ends->addWidget(end_label(tr("10 worst pain"), Qt::AlignRight, this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(ends);
    setStyleSheet(QStringLiteral("QPushButton:checked { color: white; background: #1f5f99; "
                                 "border: 1px solid #123a5e; border-radius: 3px; }"));
    connect(group_, &QButtonGroup::idClicked, this, [this](int pain) {
        value_ = pain;
        emit picked(pain);
    });
    set_button_pixels(24);
}

void PainScale::set_value(std::optional<int> value)
{
    value_ = value;
    if (value)
        group_->button(*value)->setChecked(true);
    else if (QAbstractButton* checked = group_->checkedButton()) {
        group_->setExclusive(false); // an exclusive group keeps one button checked
        checked->setChecked(false);
        group_->setExclusive(true);
    }
}

QPushButton* PainScale::button(int pain) const
{
    return qobject_cast<QPushButton*>(group_->button(pain));
}

void PainScale::set_button_pixels(int pixels)
{
    for (QAbstractButton* b : group_->buttons()) {
        set_pixel_font(b, pixels, true);
        b->setMinimumHeight(pixels * 2 + 12);
    }
}

} // namespace unknot::gui
