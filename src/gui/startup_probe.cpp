#include "gui/startup_probe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace unknot::gui {

namespace {

long long resident_kb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class ExposeProbe : public QObject {
public:
    ExposeProbe(QWindow* window, long long launch_ns, int idle_ms)
        : QObject(window), launch_ns_(launch_ns), idle_ms_(idle_ms)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* window = static_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window->isExposed()) {
            window->removeEventFilter(this);
            report_shown();
        }
        return false;
    }

private:
    long long launch_ns_;
    int idle_ms_;

    void report_shown() const
    {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        const long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
        std::fprintf(stderr, "unknot-probe shown_ms %.3f\n", double(ns - launch_ns_) / 1e6);
        QTimer::singleShot(idle_ms_, QCoreApplication::instance(), [] {
            std::fprintf(stderr, "unknot-probe idle_rss_kb %lld\n", resident_kb());
            QCoreApplication::quit();
        });
    }
};

} // namespace

void install_startup_probe(QWidget& window)
{
    const QByteArray launch = qgetenv("UNKNOT_STARTUP_PROBE");
    if (launch.isEmpty() || !window.windowHandle())
        return;
    const int idle_ms = qEnvironmentVariableIsSet("UNKNOT_STARTUP_IDLE_MS")
                            ? qEnvironmentVariableIntValue("UNKNOT_STARTUP_IDLE_MS")
                            : 2000;
    new ExposeProbe(window.windowHandle(), launch.toLongLong(), idle_ms);
}

} // namespace unknot::gui
