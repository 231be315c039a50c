#include "gui/player/session_progress.h"

#include "gui/player/player_fonts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <cmath>

namespace unknot::gui {

namespace {

// "4:05", or past an hour "1:04:05": an absurdly long routine reads "214:45:16", not "12885:16".
QString minutes_text(double seconds)
{
    const long total = static_cast<long>(std::max(0.0, seconds));
    const QString mm_ss = QStringLiteral("%1:%2")
                              .arg(total / 60 % 60, total < 3600 ? 1 : 2, 10, QLatin1Char('0'))
                              .arg(total % 60, 2, 10, QLatin1Char('0'));
    return total < 3600 ? mm_ss : QStringLiteral("%1:%2").arg(total / 3600).arg(mm_ss);
}

} // namespace

SessionProgress::SessionProgress(QWidget* parent)
    : QWidget(parent), bar_(new QProgressBar(this)), elapsed_(new QLabel(this)),
      remaining_(new QLabel(this))
{
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setAccessibleName(tr("Routine progress"));
    elapsed_->setTextFormat(Qt::PlainText);
    remaining_->setTextFormat(Qt::PlainText);
    elapsed_->setObjectName(QStringLiteral("elapsed_label"));
    remaining_->setObjectName(QStringLiteral("remaining_label"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(elapsed_);
    layout->addWidget(bar_, 1);
    layout->addWidget(remaining_);
}

void SessionProgress::show_progress(double elapsed_seconds, double remaining_seconds)
{
    const double total = elapsed_seconds + remaining_seconds;
    const int value = total > 0 ? static_cast<int>(std::lround(1000 * elapsed_seconds / total)) : 0;
    if (bar_->value() != value)
        bar_->setValue(value);
    elapsed_->setText(tr("%1 done").arg(minutes_text(elapsed_seconds)));
    remaining_->setText(tr("%1 left").arg(minutes_text(std::ceil(remaining_seconds))));
}

void SessionProgress::set_base_pixels(int pixels)
{
    set_pixel_font(elapsed_, pixels * 1.1);
    set_pixel_font(remaining_, pixels * 1.1, true);
    bar_->setFixedHeight(std::max(10, pixels));
}

QString SessionProgress::elapsed_text() const
{
    return elapsed_->text();
}

QString SessionProgress::remaining_text() const
{
    return remaining_->text();
}

int SessionProgress::permille() const
{
    return bar_->value();
}

} // namespace unknot::gui
