#include "gui/player/cue_outputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace unknot::gui {

CueOutputFactory* load_cue_outputs(const QStringList& folders)
{
    const QStringList where =
        folders.isEmpty() ? QStringList{QDir(QCoreApplication::applicationDirPath())
                                            .filePath(QStringLiteral(UNKNOT_CUE_MODULE_DIR))}
                          : folders;
    QString why;
    for (const QString& folder : where) {
        QPluginLoader loader(QDir(folder).filePath(QStringLiteral("unknot-cues.so")));
        if (auto* factory = qobject_cast<CueOutputFactory*>(loader.instance()))
            return factory; // stays loaded: what it makes is used until the app ends
        why = loader.errorString();
    }
    qInfo("unknot: the sound and voice module did not load (%s)", qPrintable(why));
    return nullptr;
}

} // namespace unknot::gui
