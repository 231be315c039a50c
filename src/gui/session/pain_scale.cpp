#include "gui/session/pain_scale.h"

#include "gui/player/player_fonts.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
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
        b->setToolTip(tr("Key: %1").arg(pain < kMaxPain ? QString::number(pain) : ten_key()));
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

std::optional<int> PainScale::pain_for_key(const QKeyEvent& event)
{
    if (event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return std::nullopt;
    const int key = event.key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event.modifiers() & Qt::ShiftModifier))
        return key - Qt::Key_0;
    const QString text = event.text().toUpper();
    if (key == Qt::Key_T || (!text.isEmpty() && text == ten_key().toUpper()))
        return kMaxPain;
    return std::nullopt;
}

QString PainScale::ten_key()
{
    //: The letter key that rates pain 10 (0 to 9 are the digits): the first letter of "ten".
    return tr("T");
}

QString PainScale::keys_hint()
{
    return tr("Keys: 0 to 9, %1 for 10.").arg(ten_key());
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
    // "0 no pain", "10 worst pain": read with the numbers, at the page's text size.
    for (QLabel* end : findChildren<QLabel*>())
        set_pixel_font(end, pixels * 2 / 3);
}

} // namespace unknot::gui
