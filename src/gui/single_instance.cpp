#include "gui/single_instance.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>

namespace unknot::gui {

namespace {

const QByteArray kShow = QByteArrayLiteral("show\n");

} // namespace

SingleInstance::SingleInstance(const QString& data_dir, QObject* parent)
    : QObject(parent), lock_path_(QDir(data_dir).filePath(QStringLiteral("unknot.lock"))),
      request_path_(QDir(data_dir).filePath(QStringLiteral("unknot.requests"))), lock_(lock_path_)
{
    lock_.setStaleLockTime(0); // a live holder keeps its lock however long it runs
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    if (!lock_.tryLock(0)) {
        if (lock_.error() != QLockFile::LockFailedError)
            return true; // no lock can be made here (read-only folder): run without the guard
        QFile request(request_path_);
        if (request.open(QIODevice::WriteOnly | QIODevice::Append))
            request.write(kShow);
        return false;
    }
    QFile request(request_path_);
    if (!request.open(QIODevice::WriteOnly | QIODevice::Truncate)) // also drops stale requests
        return true;
    request.close();
    watcher_ = new QFileSystemWatcher({request_path_}, this);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &SingleInstance::read_request);
    return true;
}

void SingleInstance::read_request()
{
    QFile request(request_path_);
    if (!request.open(QIODevice::ReadWrite))
        return;
    const bool show = request.readAll().contains(kShow);
    request.resize(0);
    request.close();
    if (!watcher_->files().contains(request_path_)) // replaced rather than written: watch again
        watcher_->addPath(request_path_);
    if (show)
        emit show_requested();
}

} // namespace unknot::gui
