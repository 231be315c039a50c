#include "gui/builtin_routines.h"

#include <QDir>
#include <QFile>

namespace unknot::gui {

std::vector<RoutineSource> builtin_routine_sources()
{
    std::vector<RoutineSource> sources;
    const QDir dir(QStringLiteral(":/routines"));
    const auto names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        sources.push_back(
            {name.toStdString(), std::string(bytes.constData(), size_t(bytes.size()))});
    }
    return sources;
}

} // namespace unknot::gui
