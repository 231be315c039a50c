// Edit > Settings…: cues (guidance level, sound, volume, voice, speaking voice and rate), the
// session (get-ready time, text size, the pain question), the week (goal, first day), reminders,
// and where the data lives. Shows what the QSettings hold; OK writes every value back through
// settings_keys.h.
#pragma once

#include "gui/reminders/reminder_settings.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QSettings;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace unknot::gui {

struct SettingsEnvironment {
    QString data_dir;
    QStringList voices; // the speech engine's voices; empty without one
    bool has_sound = true;
    bool has_voice = true;
    // Shows a folder in the file manager; null: `xdg-open FOLDER`. (Unknot opens no URLs: see
    // tests/scripts/check_no_network.sh.)
    std::function<bool(const QString& folder)> open_folder;
    ReminderEnvironment reminders;
    // Fills voices, has_sound and has_voice just before the dialog opens (the sound and voice
    // engines start only when first needed); null: they are used as given.
    std::function<void(SettingsEnvironment&)> describe_cues;
};

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSettings& settings, SettingsEnvironment environment, QWidget* parent = nullptr);

    void accept() override; // writes the settings, then closes
    void open_data_folder();

    // Each page's controls, for tests and for the reminders panel to add itself.
    QTabWidget* tabs() const { return tabs_; }
    ReminderSettings* reminders() const { return reminders_; }

private:
    QWidget* build_player_page();
    QWidget* build_voice_page();
    QWidget* build_week_page();
    QWidget* build_data_page();
    void load();
    bool save();

    QSettings& settings_;
    SettingsEnvironment environment_;
    QTabWidget* tabs_;
    QCheckBox* sound_ = nullptr;
    QSlider* volume_ = nullptr;
    QCheckBox* voice_ = nullptr;
    QComboBox* voice_name_ = nullptr;
    QComboBox* guidance_ = nullptr;
    QSlider* rate_ = nullptr;
    QSpinBox* lead_in_ = nullptr;
    QSpinBox* text_size_ = nullptr;
    QSpinBox* flare_up_ = nullptr;
    QCheckBox* ask_pain_ = nullptr;
    QSpinBox* weekly_goal_ = nullptr;
    QComboBox* first_day_ = nullptr;
    ReminderSettings* reminders_ = nullptr;
};

} // namespace unknot::gui
