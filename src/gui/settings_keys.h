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

} // namespace unknot::gui::settings_keys
