#include "gui/session/pain_rating_page.h"

#include "gui/player/player_fonts.h"
#include "gui/session/pain_scale.h"
#include "gui/settings_keys.h"
#include "gui/text_label.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace unknot::gui {

PainRatingPage::PainRatingPage(QSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), routine_(new TextLabel(TextLabel::Fit::wrap, this)),
      question_(new QLabel(tr("How much does your back hurt right now?"), this)),
      scale_(new PainScale(this)), skip_(new QPushButton(tr("Skip"), this)),
      keys_(new QLabel(PainScale::keys_hint() + QLatin1Char(' ') + tr("Esc skips."), this)),
      ask_(new QCheckBox(tr("Ask this before every session"), this))
{
    setObjectName(QStringLiteral("pain-rating"));
    setAccessibleName(tr("Pain before the session"));
    setFocusPolicy(Qt::StrongFocus);
    question_->setWordWrap(true);
    for (QLabel* label : {routine_, question_, keys_}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
    }
    skip_->setToolTip(tr("Skip the question (Esc)"));
    ask_->setChecked(enabled(settings_));
    connect(ask_, &QCheckBox::toggled, this,
            [this](bool on) { settings_.setValue(settings_keys::ask_pain_before(), on); });
    connect(scale_, &PainScale::picked, this, [this](int pain) { emit answered(pain); });
    connect(skip_, &QPushButton::clicked, this, [this] { emit answered(std::nullopt); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(ask_);
    bottom->addStretch(1);
    bottom->addWidget(skip_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addStretch(1);
    layout->addWidget(routine_);
    layout->addWidget(question_);
    layout->addSpacing(24);
    layout->addWidget(scale_);
    layout->addSpacing(12);
    layout->addWidget(keys_);
    layout->addStretch(2);
    layout->addLayout(bottom);
}

void PainRatingPage::ask(const QString& routine_title)
{
    routine_->setText(routine_title);
    scale_->set_value(std::nullopt);
    ask_->setChecked(enabled(settings_));
    setFocus();
}

bool PainRatingPage::enabled(const QSettings& settings)
{
    return settings.value(settings_keys::ask_pain_before(), true).toBool();
}

QString PainRatingPage::routine_text() const
{
    return routine_->text();
}

QString PainRatingPage::keys_text() const
{
    return keys_->text();
}

void PainRatingPage::keyPressEvent(QKeyEvent* event)
{
    if (const auto pain = PainScale::pain_for_key(*event)) {
        scale_->set_value(pain);
        emit answered(pain);
    } else if (event->key() == Qt::Key_Escape) {
        emit answered(std::nullopt);
    } else {
        QWidget::keyPressEvent(event);
    }
}

void PainRatingPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int base = player_base_pixels(height());
    set_pixel_font(routine_, base * 1.2);
    set_pixel_font(question_, base * 2.0, true);
    scale_->set_button_pixels(base * 2);
    set_pixel_font(keys_, base);
    set_pixel_font(skip_, base);
    set_pixel_font(ask_, base);
}

} // namespace unknot::gui
