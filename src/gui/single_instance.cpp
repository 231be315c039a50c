#include "gui/single_instance.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace unknot::gui {

namespace {

const QByteArray kShow = QByteArrayLiteral("show\n");
constexpr qint64 kLockBytes = 4096; // a lock file is a few short lines (see QLockFile)
constexpr int kHostCharacters = 64; // of a name read from someone else's file

// Whether a live process holds the lock file's flock (QLockFile's holder keeps one). Read access
// is enough to ask; a file that cannot be opened counts as held.
bool lock_held(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd); // also releases our flock
    return held;
}

} // namespace

SingleInstance::SingleInstance(const QString& data_dir, QObject* parent)
    : QObject(parent), lock_path_(QDir(data_dir).filePath(QStringLiteral("unknot.lock"))),
      request_path_(QDir(data_dir).filePath(QStringLiteral("unknot.requests"))), lock_(lock_path_)
{
    lock_.setStaleLockTime(0); // a live holder keeps its lock however long it runs
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Claim SingleInstance::claim(const AskOpenAnyway& open_anyway)
{
    // QLockFile itself takes over a lock of a process on this computer that is gone.
    if (lock_.tryLock(0))
        return start_watching();
    if (lock_.error() != QLockFile::LockFailedError)
        return Claim::run; // no lock can be made here (read-only folder): run without the guard
    if (const QString host = foreign_lock_host(lock_path_); !host.isEmpty() && !open_anyway(host))
        return Claim::declined;
    return take_over();
}

SingleInstance::Claim SingleInstance::take_over()
{
    // Removing fails while a live copy holds the file's flock: that copy owns the folder.
    if (lock_.removeStaleLockFile() && lock_.tryLock(0))
        return start_watching();
    if (!lock_held(lock_path_))
        return Claim::run; // a dead copy's lock in a folder we cannot write: run without the guard
    QFile request(request_path_);
    if (request.open(QIODevice::WriteOnly | QIODevice::Append))
        request.write(kShow);
    return Claim::raised;
}

SingleInstance::Claim SingleInstance::start_watching()
{
    QFile request(request_path_);
    if (!request.open(QIODevice::WriteOnly | QIODevice::Truncate)) // also drops stale requests
        return Claim::run;
    request.close();
    watcher_ = new QFileSystemWatcher({request_path_}, this);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &SingleInstance::read_request);
    return Claim::run;
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

QString foreign_lock_host(const QString& lock_path)
{
    QFile file(lock_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // QLockFile writes: pid, application, host name, machine id, boot id; one a line.
    const QList<QByteArray> lines = file.read(kLockBytes).split('\n');
    bool is_number = false;
    if (lines.size() < 3 || lines[0].toLongLong(&is_number) <= 0 || !is_number)
        return {};
    const QString host = QString::fromUtf8(lines[2]).left(kHostCharacters);
    const QByteArray host_id = lines.value(3);
    const QByteArray our_id = QSysInfo::machineUniqueId();
    const bool foreign = !host_id.isEmpty() && !our_id.isEmpty()
                             ? host_id != our_id
                             : !host.isEmpty() && host != QSysInfo::machineHostName();
    if (!foreign)
        return {};
    return host.isEmpty() ? QString::fromLatin1(host_id.left(kHostCharacters)) : host;
}

} // namespace unknot::gui
