#include "gui/reminders/reminder_settings.h"

#include "core/platform/autostart.h"
#include "gui/desktop/app_identity.h"
#include "gui/settings_keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimeEdit>

namespace unknot::gui {

namespace keys = settings_keys;

namespace {

// Hours and minutes in the locale's way (its short format may carry seconds).
QString time_format()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

} // namespace

QString reminder_summary(int day_mask, int minutes)
{
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        if (day_mask & (1 << (day - 1)))
            days << QLocale().dayName(day, QLocale::ShortFormat);
    if (days.isEmpty())
        return {};
    const QString time = QLocale().toString(QTime(0, 0).addSecs(minutes * 60), time_format());
    return ReminderSettings::tr("%1 at %2").arg(QLocale().createSeparatedList(days), time);
}

QStringList autostart_arguments(const QString& program, const QString& data_dir)
{
    QStringList arguments{program};
    if (!data_dir.isEmpty())
        arguments << QStringLiteral("--data-dir") << QFileInfo(data_dir).absoluteFilePath();
    return arguments << QStringLiteral("--background"); // into the tray, where there is one
}

ReminderEnvironment system_reminder_environment(const QString& data_dir, bool has_tray)
{
    ReminderEnvironment environment;
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    const QByteArray home = qgetenv("HOME");
    environment.autostart_file = QString::fromStdString(
        autostart_file(app_id().toStdString(), config.isEmpty() ? nullptr : config.constData(),
                       home.isEmpty() ? nullptr : home.constData())
            .string());
    environment.autostart_arguments =
        autostart_arguments(QCoreApplication::applicationFilePath(), data_dir);
    environment.has_tray = has_tray;
    return environment;
}

ReminderSettings::ReminderSettings(ReminderEnvironment environment, QWidget* parent)
    : QGroupBox(tr("Reminders"), parent), environment_(std::move(environment)),
      time_(new QTimeEdit(this)), routine_(new QComboBox(this)),
      login_(new QCheckBox(tr("Open Unknot when I &log in"), this)), summary_(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    auto* day_row = new QHBoxLayout;
    const int first = QLocale().firstDayOfWeek();
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1; // the locale's week order
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("reminder_day_%1").arg(day));
        box->setAccessibleName(tr("Remind me on %1").arg(QLocale().dayName(day)));
        box->setAccessibleDescription(tr("A practice day: Unknot reminds you on it."));
        days_[std::size_t(day - 1)] = box;
        day_row->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ReminderSettings::update_summary);
    }
    form->addRow(tr("Practice days:"), day_row);
    time_->setObjectName(QStringLiteral("reminder_time"));
    time_->setDisplayFormat(time_format());
    time_->setAccessibleName(tr("Reminder time"));
    time_->setAccessibleDescription(tr("The time of day of the reminder, on practice days."));
    connect(time_, &QTimeEdit::timeChanged, this, &ReminderSettings::update_summary);
    form->addRow(tr("At &time:"), time_);
    routine_->setObjectName(QStringLiteral("reminder_routine"));
    routine_->setAccessibleName(tr("Routine to offer"));
    routine_->setAccessibleDescription(tr("The routine the reminder offers to start."));
    routine_->addItem(tr("The one I played last"), QString());
    for (const auto& [id, title] : environment_.routines)
        routine_->addItem(title, id);
    form->addRow(tr("&Offer:"), routine_);
    summary_->setObjectName(QStringLiteral("reminder_summary"));
    summary_->setWordWrap(true);
    form->addRow(summary_);
    login_->setObjectName(QStringLiteral("open_at_login"));
    login_->setAccessibleName(tr("Open Unknot at login"));
    login_->setAccessibleDescription(
        tr("Starts Unknot when you log in, so that reminders come even before you open it."));
    login_->setVisible(!environment_.autostart_file.isEmpty());
    form->addRow(login_);
}

void ReminderSettings::load(const QSettings& settings)
{
    const int mask = keys::reminder_days.read(settings);
    for (std::size_t i = 0; i < days_.size(); ++i)
        days_[i]->setChecked(mask & (1 << i));
    time_->setTime(QTime(0, 0).addSecs(keys::reminder_time.read(settings) * 60));
    routine_->setCurrentIndex(
        std::max(0, routine_->findData(keys::reminder_routine.read(settings))));
    login_->setChecked(autostart_enabled(environment_.autostart_file.toStdString()));
    update_summary();
}

bool ReminderSettings::save(QSettings& settings, QString* error)
{
    int mask = 0;
    for (std::size_t i = 0; i < days_.size(); ++i)
        mask |= days_[i]->isChecked() ? 1 << i : 0;
    keys::reminder_days.write(settings, mask);
    keys::reminder_time.write(settings, time_->time().msecsSinceStartOfDay() / 60000);
    keys::reminder_routine.write(settings, routine_->currentData().toString());
    const std::string file = environment_.autostart_file.toStdString();
    if (file.empty() || login_->isChecked() == autostart_enabled(file))
        return true;
    std::vector<std::string> arguments;
    for (const QString& argument : environment_.autostart_arguments)
        arguments.push_back(argument.toStdString());
    const std::string entry =
        autostart_entry("Unknot", tr("Reminds you of your back exercises").toStdString(), arguments,
                        app_id().toStdString());
    if (const auto failed = set_autostart(file, login_->isChecked(), entry)) {
        *error = QString::fromStdString(*failed);
        return false;
    }
    return true;
}

void ReminderSettings::update_summary()
{
    int mask = 0;
    for (std::size_t i = 0; i < days_.size(); ++i)
        mask |= days_[i]->isChecked() ? 1 << i : 0;
    const QString when = reminder_summary(mask, time_->time().msecsSinceStartOfDay() / 60000);
    if (when.isEmpty())
        summary_->setText(tr("No reminders: tick the days you want to practise."));
    else if (environment_.has_tray)
        summary_->setText(tr("Reminds you %1 while Unknot runs (it waits in the system tray), "
                             "unless you have practised that day.")
                              .arg(when));
    else
        summary_->setText(tr("Reminds you %1 while Unknot is open, unless you have practised "
                             "that day.")
                              .arg(when));
}

} // namespace unknot::gui
