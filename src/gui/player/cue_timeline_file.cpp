#include "gui/player/cue_timeline_file.h"

#include <QJsonDocument>

namespace unknot::gui {

std::unique_ptr<CueTimelineFile> CueTimelineFile::from_environment()
{
    const QString path = qEnvironmentVariable("UNKNOT_CUE_LOG");
    if (path.isEmpty())
        return nullptr;
    auto timeline = std::make_unique<CueTimelineFile>();
    timeline->file_.setFileName(path);
    if (!timeline->file_.open(QIODevice::Append | QIODevice::Unbuffered)) {
        qInfo("unknot: the cue log %s: %s", qPrintable(path),
              qPrintable(timeline->file_.errorString()));
        return nullptr;
    }
    return timeline;
}

void CueTimelineFile::note(TimePoint at, const QString& what, const QJsonObject& details)
{
    QJsonObject line = details;
    line.insert(QStringLiteral("t"), to_seconds(at.time_since_epoch()));
    line.insert(QStringLiteral("what"), what);
    const QMutexLocker lock(&mutex_);
    file_.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace unknot::gui
