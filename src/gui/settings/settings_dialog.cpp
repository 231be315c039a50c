#include "gui/settings/settings_dialog.h"

#include "gui/player/coach_options.h"
#include "gui/settings_keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace unknot::gui {

namespace keys = settings_keys;

namespace {

// Every control gets a name a screen reader says and a description of what it changes.
template <typename Widget>
Widget* described(Widget* widget, const QString& object_name, const QString& name,
                  const QString& description)
{
    widget->setObjectName(object_name);
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    widget->setToolTip(description);
    return widget;
}

QSlider* slider(int min, int max, QWidget* parent)
{
    auto* s = new QSlider(Qt::Horizontal, parent);
    s->setRange(min, max);
    s->setPageStep(std::max(1, (max - min) / 10));
    return s;
}

// A slider with its value shown beside it.
QWidget* with_value(QSlider* slider, std::function<QString(int)> text)
{
    auto* box = new QWidget(slider->parentWidget());
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* value = new QLabel(box);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("Faster 100 %")));
    layout->addWidget(slider, 1);
    layout->addWidget(value);
    const auto show = [value, text](int v) { value->setText(text(v)); };
    QObject::connect(slider, &QSlider::valueChanged, value, show);
    show(slider->value());
    return box;
}

QString day_name(int day) // 1 Monday .. 7 Sunday
{
    return QLocale().dayName(day, QLocale::LongFormat);
}

} // namespace

SettingsDialog::SettingsDialog(QSettings& settings, SettingsEnvironment environment,
                               QWidget* parent)
    : QDialog(parent), settings_(settings), environment_(std::move(environment)),
      tabs_(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settings_dialog"));
    tabs_->addTab(build_player_page(), tr("&Player"));
    tabs_->addTab(build_voice_page(), tr("So&und and voice"));
    tabs_->addTab(build_week_page(), tr("&Week"));
    tabs_->addTab(build_data_page(), tr("&Data"));
    tabs_->setAccessibleName(tr("Settings pages"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(buttons);
    load();
}

QWidget* SettingsDialog::build_player_page()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    lead_in_ = described(new QSpinBox(page), QStringLiteral("lead_in"), tr("Get-ready time"),
                         tr("Seconds to get into position before each exercise. “As the "
                            "routine says” uses each routine's own get-ready time."));
    lead_in_->setRange(keys::lead_in.min, keys::lead_in.max);
    lead_in_->setSpecialValueText(tr("As the routine says"));
    lead_in_->setSuffix(tr(" s"));
    form->addRow(tr("&Get ready before each exercise:"), lead_in_);
    text_size_ = described(new QSpinBox(page), QStringLiteral("text_size"), tr("Player text size"),
                           tr("How large the player's words and countdown are, in percent of "
                              "the size that fits the window."));
    text_size_->setRange(keys::text_size.min, keys::text_size.max);
    text_size_->setSingleStep(10);
    text_size_->setSuffix(tr(" %"));
    form->addRow(tr("Player &text size:"), text_size_);
    ask_pain_ = described(new QCheckBox(tr("&Ask how my back feels before each session"), page),
                          QStringLiteral("ask_pain"), tr("Ask about pain before a session"),
                          tr("Before each session, ask for a pain rating from 0 to 10 so the "
                             "history can show how your back is doing."));
    form->addRow(ask_pain_);
    flare_up_ =
        described(new QSpinBox(page), QStringLiteral("flare_up_threshold"), tr("Flare-up day"),
                  tr("When the pain before a session is this or more, Unknot offers a "
                     "gentler version of the routine."));
    flare_up_->setRange(keys::flare_up_threshold.min, keys::flare_up_threshold.max);
    flare_up_->setSpecialValueText(tr("Never"));
    form->addRow(tr("Offer a gentler version at pain &level:"), flare_up_);
    return page;
}

QWidget* SettingsDialog::build_voice_page()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    guidance_ = described(new QComboBox(page), QStringLiteral("guidance"), tr("Guidance"),
                          tr("How much the coach says during a session: everything, only names "
                             "and counts, only sounds, or nothing. G in the player changes it."));
    for (const GuidanceLevel level : guidance_levels())
        guidance_->addItem(guidance_label(level), static_cast<int>(level));
    form->addRow(tr("&Guidance:"), guidance_);
    sound_ = described(new QCheckBox(tr("Play &sound cues"), page), QStringLiteral("sound"),
                       tr("Sound cues"),
                       tr("Short sounds when a phase starts, at the last "
                          "seconds, when to switch sides and at the end."));
    form->addRow(sound_);
    volume_ = described(slider(keys::volume.min, keys::volume.max, page), QStringLiteral("volume"),
                        tr("Sound volume"), tr("How loud the sound cues are."));
    form->addRow(tr("&Volume:"), with_value(volume_, [](int v) { return tr("%1 %").arg(v); }));
    voice_ = described(new QCheckBox(tr("Speak the &cues"), page), QStringLiteral("voice"),
                       tr("Spoken cues"),
                       tr("A voice says each exercise, the side, the count and what comes next."));
    form->addRow(voice_);
    voice_name_ = described(new QComboBox(page), QStringLiteral("voice_name"), tr("Speaking voice"),
                            tr("Which of the speech engine's voices speaks the cues."));
    voice_name_->addItem(tr("Default voice"), QString());
    for (const QString& name : environment_.voices)
        voice_name_->addItem(name, name);
    form->addRow(tr("V&oice:"), voice_name_);
    rate_ = described(slider(keys::voice_rate.min, keys::voice_rate.max, page),
                      QStringLiteral("voice_rate"), tr("Speaking rate"),
                      tr("How fast the voice speaks."));
    form->addRow(
        tr("Speaking &rate:"), with_value(rate_, [](int v) {
            return v == 0 ? tr("Normal")
                          : (v < 0 ? tr("Slower %1 %") : tr("Faster %1 %")).arg(std::abs(v) * 10);
        }));
    if (!environment_.has_sound)
        form->addRow(new QLabel(tr("No audio output was found: the player shows every cue on "
                                   "screen."),
                                page));
    else if (!environment_.has_voice)
        form->addRow(new QLabel(tr("No speech engine works here (install "
                                   "qt6-speech-flite-plugin): the cues are not spoken."),
                                page));
    connect(voice_, &QCheckBox::toggled, this, [this](bool on) {
        voice_name_->setEnabled(on && environment_.has_voice);
        rate_->setEnabled(on && environment_.has_voice);
    });
    connect(sound_, &QCheckBox::toggled, volume_,
            [this](bool on) { volume_->setEnabled(on && environment_.has_sound); });
    return page;
}

QWidget* SettingsDialog::build_week_page()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    weekly_goal_ = described(new QSpinBox(page), QStringLiteral("weekly_goal"), tr("Weekly goal"),
                             tr("How many sessions a week you aim for. “Automatic” takes the "
                                "weekly target of the routine you play most."));
    weekly_goal_->setRange(keys::weekly_goal.min, keys::weekly_goal.max);
    weekly_goal_->setSpecialValueText(tr("Automatic"));
    weekly_goal_->setSuffix(tr(" sessions"));
    form->addRow(tr("Weekly &goal:"), weekly_goal_);
    first_day_ =
        described(new QComboBox(page), QStringLiteral("first_day"), tr("First day of the week"),
                  tr("The day the history's weeks start on."));
    first_day_->addItem(
        tr("As your language settings say (%1)").arg(day_name(QLocale().firstDayOfWeek())), 0);
    for (int day = 1; day <= 7; ++day)
        first_day_->addItem(day_name(day), day);
    form->addRow(tr("&First day of the week:"), first_day_);
    reminders_ = new ReminderSettings(environment_.reminders, page);
    form->addRow(reminders_);
    return page;
}

QWidget* SettingsDialog::build_data_page()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Your own routines, your history and these settings are kept in "
                                "this folder. Back it up to keep them."),
                             page);
    intro->setWordWrap(true);
    auto* path = described(new QLineEdit(QDir::toNativeSeparators(environment_.data_dir), page),
                           QStringLiteral("data_dir"), tr("Data folder"),
                           tr("The folder that holds your routines, history and settings."));
    path->setReadOnly(true);
    auto* open =
        described(new QPushButton(tr("&Open Folder"), page), QStringLiteral("open_data_dir"),
                  tr("Open data folder"), tr("Shows the data folder in the file manager."));
    connect(open, &QPushButton::clicked, this, &SettingsDialog::open_data_folder);
    layout->addWidget(intro);
    layout->addWidget(path);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::open_data_folder()
{
    if (environment_.open_folder)
        environment_.open_folder(environment_.data_dir);
    else
        QProcess::startDetached(QStringLiteral("xdg-open"), {environment_.data_dir});
}

void SettingsDialog::load()
{
    sound_->setChecked(keys::sound.read(settings_));
    volume_->setValue(keys::volume.read(settings_));
    guidance_->setCurrentIndex(
        std::max(0, guidance_->findData(static_cast<int>(keys::guidance.read(settings_)))));
    voice_->setChecked(keys::voice.read(settings_));
    const int voice = voice_name_->findData(keys::voice_name.read(settings_));
    voice_name_->setCurrentIndex(std::max(0, voice));
    rate_->setValue(keys::voice_rate.read(settings_));
    lead_in_->setValue(keys::lead_in.read(settings_));
    text_size_->setValue(keys::text_size.read(settings_));
    ask_pain_->setChecked(keys::ask_pain.read(settings_));
    flare_up_->setValue(keys::flare_up_threshold.read(settings_));
    weekly_goal_->setValue(keys::weekly_goal.read(settings_));
    first_day_->setCurrentIndex(
        std::max(0, first_day_->findData(keys::first_day_of_week.read(settings_))));
    sound_->setEnabled(environment_.has_sound);
    voice_->setEnabled(environment_.has_voice);
    reminders_->load(settings_);
    emit sound_->toggled(sound_->isChecked());
    emit voice_->toggled(voice_->isChecked());
}

bool SettingsDialog::save()
{
    keys::sound.write(settings_, sound_->isChecked());
    keys::volume.write(settings_, volume_->value());
    keys::guidance.write(settings_, static_cast<GuidanceLevel>(guidance_->currentData().toInt()));
    keys::voice.write(settings_, voice_->isChecked());
    keys::voice_name.write(settings_, voice_name_->currentData().toString());
    keys::voice_rate.write(settings_, rate_->value());
    keys::lead_in.write(settings_, lead_in_->value());
    keys::text_size.write(settings_, text_size_->value());
    keys::ask_pain.write(settings_, ask_pain_->isChecked());
    keys::flare_up_threshold.write(settings_, flare_up_->value());
    keys::weekly_goal.write(settings_, weekly_goal_->value());
    keys::first_day_of_week.write(settings_, first_day_->currentData().toInt());
    QString error;
    const bool saved = reminders_->save(settings_, &error);
    settings_.sync();
    if (!saved)
        QMessageBox::warning(this, tr("Open at login"),
                             tr("Unknot could not change its autostart entry: %1").arg(error));
    return saved;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace unknot::gui
