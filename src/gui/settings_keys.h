// Every QSettings key the app uses, in one place. The QSettings object itself is passed in.
#pragma once

#include <QString>

namespace unknot::gui::settings_keys {

inline QString sound_enabled()
{
    return QStringLiteral("player/sound");
}

inline QString voice_enabled()
{
    return QStringLiteral("player/voice");
}

// Whether to ask for a pain rating (0..10) before each session; true by default.
inline QString ask_pain_before()
{
    return QStringLiteral("session/ask_pain_before");
}

// Sessions a week the history aims for; 0 or missing: the target of the routine played most.
inline QString history_weekly_goal()
{
    return QStringLiteral("history/weekly_goal");
}

// The first day of the history's weeks, 1 (Monday) to 7 (Sunday); missing: from the locale.
inline QString history_first_day_of_week()
{
    return QStringLiteral("history/first_day_of_week");
}

} // namespace unknot::gui::settings_keys
