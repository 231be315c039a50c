// Every QSettings key the app uses, with its default and range, in one place. The QSettings object
// itself is passed in (it lives in <data dir>/settings.ini). Read and write through these so that
// a missing, mistyped or out-of-range value in the file reads as the default or the nearest bound.
#pragma once

#include "core/session/cue_script.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>

namespace unknot::gui::settings_keys {

struct BoolSetting {
    const char* name;
    bool fallback;

    QString key() const { return QString::fromLatin1(name); }
    bool read(const QSettings& settings) const
    {
        const QVariant value = settings.value(key());
        return value.isValid() ? value.toBool() : fallback;
    }
    void write(QSettings& settings, bool value) const { settings.setValue(key(), value); }
};

struct IntSetting {
    const char* name;
    int fallback;
    int min;
    int max;

    QString key() const { return QString::fromLatin1(name); }
    int read(const QSettings& settings) const
    {
        bool ok = false;
        const int value = settings.value(key()).toInt(&ok);
        return ok ? std::clamp(value, min, max) : fallback;
    }
    void write(QSettings& settings, int value) const
    {
        settings.setValue(key(), std::clamp(value, min, max));
    }
};

struct TextSetting { // the default is empty
    const char* name;

    QString key() const { return QString::fromLatin1(name); }
    QString read(const QSettings& settings) const { return settings.value(key()).toString(); }
    void write(QSettings& settings, const QString& value) const { settings.setValue(key(), value); }
};

// A guidance level, stored by its name ("full", "names-and-counts", "sounds-only", "silent");
// anything else reads as the default.
struct GuidanceSetting {
    const char* name;
    GuidanceLevel fallback;

    QString key() const { return QString::fromLatin1(name); }
    GuidanceLevel read(const QSettings& settings) const
    {
        return guidance_named(settings.value(key()).toString().toStdString()).value_or(fallback);
    }
    void write(QSettings& settings, GuidanceLevel level) const
    {
        settings.setValue(key(), QString::fromStdString(std::string(guidance_name(level))));
    }
};

// The player's cues.
// How much the coach says and plays; the player's G key steps through the levels too.
inline constexpr GuidanceSetting guidance{"player/guidance", GuidanceLevel::full};
inline constexpr BoolSetting sound{"player/sound", true};
inline constexpr IntSetting volume{"player/volume", 80, 0, 100}; // percent
inline constexpr BoolSetting voice{"player/voice", true};
inline constexpr TextSetting voice_name{"player/voice_name"}; // empty: the engine's default voice
inline constexpr IntSetting voice_rate{"player/voice_rate", 0, -10, 10}; // tenths: -1..1 in Qt
// Get-ready seconds before each exercise. 0: as each routine says (its lead_in); otherwise this
// many seconds for every routine, for people who need longer (or shorter) to get into position.
inline constexpr IntSetting lead_in{"player/lead_in_seconds", 0, 0, 60};
// Sessions play full screen (read from a mat, metres away); F11 in a session changes it and the
// choice is kept for the next one.
inline constexpr BoolSetting full_screen{"player/full_screen", true};
inline constexpr IntSetting text_size{"player/text_size", 100, 70, 200}; // percent

// The session log.
// Whether to ask for a pain rating (0..10) before each session.
inline constexpr BoolSetting ask_pain{"session/ask_pain_before", true};
// Pain before a session at or above this offers the gentle version (a flare-up day); 0: never.
inline constexpr IntSetting flare_up_threshold{"session/flare_up_threshold", 6, 0, 10};

// The history.
// Sessions a week the history aims for; 0: the weekly target of the routine played most.
inline constexpr IntSetting weekly_goal{"history/weekly_goal", 0, 0, 14};
// The first day of the history's weeks, 1 (Monday) to 7 (Sunday); 0: from the locale.
inline constexpr IntSetting first_day_of_week{"history/first_day_of_week", 0, 0, 7};

// Reminders: practice days (bit 0 Monday .. bit 6 Sunday; 0: no reminders) at a local time
// (minutes after midnight), offering the usual routine (empty: the one played last).
inline constexpr IntSetting reminder_days{"reminder/days", 0, 0, 127};
inline constexpr IntSetting reminder_time{"reminder/time", 18 * 60, 0, 24 * 60 - 1};
inline constexpr TextSetting reminder_routine{"reminder/routine"};
// Closing the window once hid it to the tray and said so: later closes hide it without a word.
inline constexpr BoolSetting hidden_to_tray_told{"reminder/hidden_to_tray_told", false};

// Every setting above, for code that treats them alike (tests/fuzz/settings_fuzzer.cpp).
inline constexpr std::array kBoolSettings{sound, voice, ask_pain, full_screen, hidden_to_tray_told};
inline constexpr std::array kIntSettings{volume,        voice_rate,   lead_in,
                                         text_size,     weekly_goal,  first_day_of_week,
                                         reminder_days, reminder_time};
inline constexpr std::array kTextSettings{voice_name, reminder_routine};

// The key names as the first pages wrote them.
inline QString sound_enabled()
{
    return sound.key();
}
inline QString voice_enabled()
{
    return voice.key();
}
inline QString ask_pain_before()
{
    return ask_pain.key();
}
inline QString history_weekly_goal()
{
    return weekly_goal.key();
}
inline QString history_first_day_of_week()
{
    return first_day_of_week.key();
}

} // namespace unknot::gui::settings_keys
