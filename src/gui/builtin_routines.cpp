#include "gui/builtin_routines.h"

#include <QDir>
#include <QFile>

namespace unknot::gui {

std::vector<RoutineSource> builtin_routine_sources()
{
    std::vector<RoutineSource> sources;
    const QDir dir(QStringLiteral(":/routines"));
    // A suffix test, not a "*.json" name filter: a filter compiles a regular expression, which
    // loads PCRE2 (half a MiB of memory) at every start-up.
    const auto names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (!name.endsWith(QStringLiteral(".json")))
            continue;
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
