// One Unknot per data folder: a second copy asks the running one to show its window and exits,
// so two players never talk over each other and the history and routine files have one writer.
//
// The first copy holds a QLockFile in the data folder and watches a small request file next to
// it. A later copy finds the lock held, writes "show" into the request file and stops. Files
// only: no sockets, no network.
//
// A lock nobody holds never keeps the person out: an empty or damaged lock file, one left by a
// process that is gone, or one naming a live process that does not hold it (a live holder keeps
// an flock(2) on it) is taken over. A lock written on another computer (a synced or shared
// folder) cannot be checked from here, so the person is asked.
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <functional>

class QFileSystemWatcher;

namespace unknot::gui {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Claim {
        run,      // this is the only copy (it now watches for others), or no lock can be made
        raised,   // another copy runs with this folder; it was asked to show its window
        declined, // the lock is another computer's and the person chose not to open
    };
    // Asked only for another computer's lock: true opens anyway.
    using AskOpenAnyway = std::function<bool(const QString& host)>;

    explicit SingleInstance(const QString& data_dir, QObject* parent = nullptr);
    ~SingleInstance() override;

    Claim claim(const AskOpenAnyway& open_anyway);
    QString lock_path() const { return lock_path_; }
    QString request_path() const { return request_path_; }

signals:
    void show_requested(); // another copy was started

private:
    Claim take_over();
    Claim start_watching();
    void read_request();

    QString lock_path_;
    QString request_path_;
    QLockFile lock_;
    QFileSystemWatcher* watcher_ = nullptr;
};

// The computer named in a lock file when it is not this one (by machine id when the file has
// one, else by host name); empty for this computer's locks and for unreadable files.
QString foreign_lock_host(const QString& lock_path);

} // namespace unknot::gui
