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

// "12 min", "1 h 5 min", "45 s"
QString format_minutes(double seconds);

} // namespace unknot::gui
