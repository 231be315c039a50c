#include "gui/programme/check_in_dialog.h"

#include "gui/text.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace unknot::gui {

namespace {

QStringList unique_lines(const std::vector<RedFlags>& flags,
                         std::vector<std::string> RedFlags::*tier)
{
    QStringList lines;
    for (const RedFlags& f : flags)
        for (const std::string& line : f.*tier)
            if (!lines.contains(qs(line)))
                lines << qs(line);
    return lines;
}

QString bullets(const QStringList& lines)
{
    QString text;
    for (const QString& line : lines)
        text += QStringLiteral("\n• ") + line;
    return text;
}

} // namespace

QString check_in_guidance(CheckInAnswer answer, const std::vector<RedFlags>& red_flags)
{
    QString text = answer == CheckInAnswer::worse
                       ? CheckInDialog::tr("Your back is worse than when you started. Please stop "
                                           "the programme for now and see a doctor or "
                                           "physiotherapist before you go on.")
                       : CheckInDialog::tr("After three weeks your back is about the same. The "
                                           "exercises may not be what your back needs: it is "
                                           "worth seeing a physiotherapist or doctor. You can "
                                           "take them the report from the File menu.");
    const QStringList emergency = unique_lines(red_flags, &RedFlags::emergency);
    const QStringList soon = unique_lines(red_flags, &RedFlags::doctor_soon);
    const QStringList professional = unique_lines(red_flags, &RedFlags::professional);
    if (!emergency.isEmpty())
        text += QStringLiteral("\n\n") + CheckInDialog::tr("Call the emergency number now if:") +
                bullets(emergency);
    if (!soon.isEmpty())
        text += QStringLiteral("\n\n") + CheckInDialog::tr("See a doctor soon if:") + bullets(soon);
    if (!professional.isEmpty())
        text += QStringLiteral("\n\n") + CheckInDialog::tr("See a physiotherapist or doctor if:") +
                bullets(professional);
    return text;
}

CheckInDialog::CheckInDialog(std::vector<RedFlags> red_flags, QWidget* parent)
    : QDialog(parent), red_flags_(std::move(red_flags)), pages_(new QStackedWidget(this)),
      guidance_(new QLabel(this))
{
    setWindowTitle(tr("Three weeks in"));
    auto* ask = new QWidget(this);
    auto* question = new QLabel(tr("Compared with when you started, how is your back?"), ask);
    question->setWordWrap(true);
    QFont big = question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    question->setFont(big);
    auto* better = new QPushButton(tr("&Better"), ask);
    auto* same = new QPushButton(tr("&About the same"), ask);
    auto* worse = new QPushButton(tr("&Worse"), ask);
    better->setObjectName(QStringLiteral("check_in_better"));
    same->setObjectName(QStringLiteral("check_in_same"));
    worse->setObjectName(QStringLiteral("check_in_worse"));
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {better, same, worse}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    auto* ask_layout = new QVBoxLayout(ask);
    ask_layout->addWidget(question);
    ask_layout->addLayout(row);
    connect(better, &QPushButton::clicked, this, [this] { choose(CheckInAnswer::better); });
    connect(same, &QPushButton::clicked, this, [this] { choose(CheckInAnswer::same); });
    connect(worse, &QPushButton::clicked, this, [this] { choose(CheckInAnswer::worse); });

    auto* advice = new QWidget(this);
    guidance_->setObjectName(QStringLiteral("check_in_guidance"));
    guidance_->setTextFormat(Qt::PlainText);
    guidance_->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, advice);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* advice_layout = new QVBoxLayout(advice);
    advice_layout->addWidget(guidance_, 1);
    advice_layout->addWidget(close);

    pages_->addWidget(ask);
    pages_->addWidget(advice);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    better->setFocus();
}

void CheckInDialog::choose(CheckInAnswer answer)
{
    answer_ = answer;
    emit answered(answer);
    if (answer == CheckInAnswer::better) {
        accept();
        return;
    }
    guidance_->setText(check_in_guidance(answer, red_flags_));
    // Lines a person reads in one go, and the dialog as tall as the advice: it was the question's
    // size, and cut the red flags off.
    guidance_->setMinimumWidth(guidance_->fontMetrics().averageCharWidth() * 80); // three tiers
    pages_->setCurrentIndex(1);
    adjustSize();
}

} // namespace unknot::gui
