#include "gui/programme/programme_dialog.h"

#include "gui/history/local_clock.h"
#include "gui/text.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace unknot::gui {

ProgrammeDialog::ProgrammeDialog(const Routine& routine, QDate today, QWidget* parent)
    : QDialog(parent), routine_id_(routine.id), days_(new QSpinBox(this)),
      weeks_(new QSpinBox(this)), start_(new QDateEdit(today, this)), days_text_(new QLabel(this))
{
    setWindowTitle(tr("Start a programme"));
    auto* intro = new QLabel(tr("Practise “%1” for a few weeks. The doses grow only while your "
                                "back takes them without pain, and after three weeks Unknot "
                                "asks how your back is compared with when you started.")
                                 .arg(qs(routine.title)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    days_->setRange(1, 7);
    days_->setValue(std::clamp(routine.weekly_target, 1, 7));
    weeks_->setRange(1, kMaxProgrammeWeeks);
    weeks_->setValue(kDefaultProgrammeWeeks);
    start_->setCalendarPopup(true);
    start_->setMinimumDate(today.addDays(-6));
    days_text_->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Sessions a &week:"), days_);
    form->addRow(QString(), days_text_);
    form->addRow(tr("&Length in weeks:"), weeks_);
    form->addRow(tr("&Start on:"), start_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the programme"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(days_, &QSpinBox::valueChanged, this, &ProgrammeDialog::update_days_text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    update_days_text();
}

void ProgrammeDialog::update_days_text()
{
    QStringList names;
    for (std::chrono::weekday day : spread_days(days_->value()))
        names << QLocale().dayName(static_cast<int>(day.iso_encoding()));
    days_text_->setText(names.join(QStringLiteral(", ")));
}

Programme ProgrammeDialog::programme() const
{
    Programme programme;
    programme.routines = {routine_id_};
    programme.days = spread_days(days_->value());
    programme.weeks = weeks_->value();
    programme.start = from_qdate(start_->date());
    return programme;
}

} // namespace unknot::gui
