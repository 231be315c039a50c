// The reminder part of the settings dialog: practice days and time, the routine to offer, and
// "Open Unknot at login" (an XDG autostart entry, core/platform/autostart.h).
#pragma once

#include <QGroupBox>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QTimeEdit;

namespace unknot::gui {

struct ReminderEnvironment {
    std::vector<std::pair<QString, QString>> routines; // id, title
    QString autostart_file;                            // empty: no "open at login"
    QStringList autostart_arguments;                   // the entry's command, program first
    bool has_tray = false;
};

// "Mon, Wed, Fri at 18:00" (in the locale's names and time format); empty without days.
QString reminder_summary(int day_mask, int minutes);

// The command that starts this program at login, in the tray (--background): on `data_dir`
// (made absolute: at login the working folder is another) when one was given on the command line.
QStringList autostart_arguments(const QString& program, const QString& data_dir);

// This program's autostart entry under $XDG_CONFIG_HOME (or ~/.config), started with `data_dir`
// when one was given; whether the desktop has a tray.
ReminderEnvironment system_reminder_environment(const QString& data_dir, bool has_tray);

class ReminderSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit ReminderSettings(ReminderEnvironment environment, QWidget* parent = nullptr);

    void load(const QSettings& settings);
    // Writes the settings and creates or removes the autostart entry; false and `error` when the
    // entry could not be written.
    bool save(QSettings& settings, QString* error);

    QCheckBox* day(int index) const { return days_[std::size_t(index)]; } // 0 Monday .. 6 Sunday
    QTimeEdit* time() const { return time_; }
    QComboBox* routine() const { return routine_; }
    QCheckBox* open_at_login() const { return login_; }

private:
    void update_summary();

    ReminderEnvironment environment_;
    std::array<QCheckBox*, 7> days_{};
    QTimeEdit* time_;
    QComboBox* routine_;
    QCheckBox* login_;
    QLabel* summary_;
};

} // namespace unknot::gui
