// Conversions between the core's UTF-8 std::string and QString, and plain-text helpers.
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace unknot::gui {

inline QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QStringList qs(const std::vector<std::string>& list);

// Ids as words for people: {"foam-roller", "wall"} -> "foam roller, wall"
QString id_words(const std::vector<std::string>& ids);

// A tool tip that shows `text` exactly as written: Qt guesses whether a tool tip is rich text, so
// a routine file's "<b>" or "<img src=...>" would otherwise be rendered. Empty stays empty.
QString plain_tool_tip(const QString& text);

// "12 min", "1 h 5 min", "45 s"
QString format_minutes(double seconds);

} // namespace unknot::gui
