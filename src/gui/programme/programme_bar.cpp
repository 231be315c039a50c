#include "gui/programme/programme_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unknot::gui {

ProgrammeBar::ProgrammeBar(QWidget* parent)
    : QWidget(parent), status_(new QLabel(this)), doses_(new QLabel(this)),
      start_(new QPushButton(tr("Start a p&rogramme…"), this))
{
    setObjectName(QStringLiteral("programme_bar"));
    status_->setObjectName(QStringLiteral("programme_status"));
    doses_->setObjectName(QStringLiteral("programme_doses"));
    start_->setObjectName(QStringLiteral("programme_start"));
    for (QLabel* label : {status_, doses_}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = status_->font();
    bold.setBold(true);
    status_->setFont(bold);
    auto* text = new QVBoxLayout;
    text->addWidget(status_);
    text->addWidget(doses_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(text, 1);
    layout->addWidget(start_, 0, Qt::AlignTop);
    connect(start_, &QPushButton::clicked, this, &ProgrammeBar::start_requested);
}

void ProgrammeBar::show_state(const QString& status, const QStringList& doses,
                              const QString& problems)
{
    QString shown = status.isEmpty() ? tr("No programme yet: choose a routine and start one to "
                                          "practise it over a few weeks.")
                                     : status;
    if (!problems.isEmpty())
        shown = tr("The programme file has problems and is left as it is:\n%1").arg(problems);
    status_->setText(shown);
    doses_->setText(doses.join(QLatin1Char('\n')));
    doses_->setVisible(!doses.isEmpty());
}

} // namespace unknot::gui
