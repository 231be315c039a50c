// One Unknot per data folder: a second copy asks the running one to show its window and exits,
// so two players never talk over each other and the history and routine files have one writer.
//
// The first copy holds a QLockFile in the data folder (a lock left by a killed process is taken
// over: its pid is gone) and watches a small request file next to it. A later copy finds the lock
// held, writes "show" into the request file and stops. Files only: no sockets, no network.
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace unknot::gui {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& data_dir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // true: run. This is the only copy (it now watches for others), or no lock can be made in the
    // folder at all. false: another copy runs, and it was asked to show its window.
    bool claim();
    QString lock_path() const { return lock_path_; }
    QString request_path() const { return request_path_; }

signals:
    void show_requested(); // another copy was started

private:
    void read_request();

    QString lock_path_;
    QString request_path_;
    QLockFile lock_;
    QFileSystemWatcher* watcher_ = nullptr;
};

} // namespace unknot::gui
