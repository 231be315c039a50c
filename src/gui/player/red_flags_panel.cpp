#include "gui/player/red_flags_panel.h"

#include "gui/player/coach_options.h"

#include "gui/player/player_fonts.h"
#include "gui/text.h"
#include "gui/text_label.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace unknot::gui {

namespace {

const QString kEmergencyStyle = QStringLiteral(
    "QFrame#tier { background: #b3261e; border-radius: 10px; } QLabel { color: white; }");
const QString kDoctorStyle = QStringLiteral("QFrame#tier { background: #fff1d6; border: 3px solid"
                                            " #b26a00; border-radius: 10px; } QLabel { color: "
                                            "#3d2400; }");
const QString kProfessionalStyle =
    QStringLiteral("QFrame#tier { border: 2px solid palette(mid); border-radius: 10px; }");

QLabel* plain_label(const QString& text, QWidget* parent, const QString& name)
{
    auto* label = new TextLabel(TextLabel::Fit::wrap, parent); // text from strangers' files
    label->setText(text);
    label->setObjectName(name);
    return label;
}

} // namespace

RedFlagTiers red_flag_tiers(const Routine* routine)
{
    RedFlagTiers tiers;
    if (!routine)
        return tiers;
    const auto translated = routine->translations.find(spoken_language().toStdString());
    const RedFlags* local =
        translated == routine->translations.end() ? nullptr : &translated->second.red_flags;
    const auto pick = [local](std::vector<std::string> RedFlags::*tier, const RedFlags& own) {
        return qs(local && !(local->*tier).empty() ? local->*tier : own.*tier);
    };
    tiers.emergency = pick(&RedFlags::emergency, routine->red_flags);
    tiers.doctor_soon = pick(&RedFlags::doctor_soon, routine->red_flags);
    tiers.professional = pick(&RedFlags::professional, routine->red_flags);
    return tiers;
}

QStringList emergency_lines(const RedFlagTiers& tiers)
{
    if (!tiers.emergency.isEmpty())
        return tiers.emergency;
    return {RedFlagsPanel::tr("The pain is sudden and severe, or comes with chest pain, trouble "
                              "breathing, sweating, or numbness or weakness.")};
}

RedFlagsPanel::RedFlagsPanel(QWidget* parent) : QWidget(parent), layout_(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("red_flags"));
    setAccessibleName(tr("When to get help"));
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(14);
    layout_->addStretch(1); // the tiers go above it
}

void RedFlagsPanel::show_tiers(const RedFlagTiers& tiers)
{
    qDeleteAll(tiers_);
    tiers_.clear();
    tiers_ << add_tier(tr("Call the emergency number now if…"), emergency_lines(tiers),
                       kEmergencyStyle);
    if (!tiers.doctor_soon.isEmpty())
        tiers_ << add_tier(tr("See a doctor soon if…"), tiers.doctor_soon, kDoctorStyle);
    if (!tiers.professional.isEmpty())
        tiers_ << add_tier(tr("See a physiotherapist or doctor if…"), tiers.professional,
                           kProfessionalStyle);
    set_base_pixels(base_pixels_);
}

QWidget* RedFlagsPanel::add_tier(const QString& heading, const QStringList& items,
                                 const QString& style)
{
    auto* tier = new QFrame(this);
    tier->setObjectName(QStringLiteral("tier"));
    tier->setStyleSheet(style);
    auto* layout = new QVBoxLayout(tier);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(plain_label(heading, tier, QStringLiteral("heading")));
    for (const QString& item : items)
        layout->addWidget(plain_label(QStringLiteral("• ") + item, tier, QStringLiteral("item")));
    layout_->insertWidget(static_cast<int>(tiers_.size()), tier);
    return tier;
}

void RedFlagsPanel::set_base_pixels(int pixels)
{
    base_pixels_ = pixels;
    for (int i = 0; i < tiers_.size(); ++i) {
        const double scale = i == 0 ? 1.1 : 0.9; // the emergency tier reads from further
        for (QLabel* label : tiers_[i]->findChildren<QLabel*>()) {
            const bool heading = label->objectName() == QStringLiteral("heading");
            set_pixel_font(label, pixels * scale * (heading ? 1.15 : 1.0), heading);
        }
    }
}

QStringList RedFlagsPanel::shown_texts() const
{
    QStringList texts;
    for (QWidget* tier : tiers_)
        for (QLabel* label : tier->findChildren<QLabel*>())
            texts << label->text();
    return texts;
}

} // namespace unknot::gui
