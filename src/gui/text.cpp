#include "gui/text.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <cmath>

namespace unknot::gui {

QStringList qs(const std::vector<std::string>& list)
{
    QStringList out;
    out.reserve(qsizetype(list.size()));
    for (const auto& s : list)
        out << qs(s);
    return out;
}

QString plain_tool_tip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString id_words(const std::vector<std::string>& ids)
{
    return qs(ids).join(QStringLiteral(", ")).replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString format_minutes(double seconds)
{
    const long total = std::lround(seconds);
    if (total < 60)
        return QCoreApplication::translate("unknot", "%1 s").arg(total);
    const long minutes = std::lround(seconds / 60.0);
    if (minutes < 60)
        return QCoreApplication::translate("unknot", "%1 min").arg(minutes);
    return QCoreApplication::translate("unknot", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace unknot::gui
