#include "gui/startup_probe.h"

#include "gui/first_shown.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define UNKNOT_CALLGRIND_MARK(what) CALLGRIND_DUMP_STATS_AT(what)
#else
#define UNKNOT_CALLGRIND_MARK(what)
#endif

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

void report_since_launch(const char* what, long long launch_ns)
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    const long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    std::fprintf(stderr, "unknot-probe %s %.3f\n", what, double(ns - launch_ns) / 1e6);
}

// How long the app stays after start-up has finished before it reports its memory and exits.
int idle_ms()
{
    return qEnvironmentVariableIsSet("UNKNOT_STARTUP_IDLE_MS")
               ? qEnvironmentVariableIntValue("UNKNOT_STARTUP_IDLE_MS")
               : 2000;
}

} // namespace

void install_startup_probe(QWidget& window)
{
    const QByteArray launch = qgetenv("UNKNOT_STARTUP_PROBE");
    if (launch.isEmpty() || !window.windowHandle())
        return;
    after_first_shown(window, [launch_ns = launch.toLongLong()] {
        UNKNOT_CALLGRIND_MARK("first frame");
        report_since_launch("shown_ms", launch_ns);
    });
}

// The idle wait starts here, not at the first frame: the user's routines load on a worker after
// the window shows, and on a slow machine they may take longer than the wait (the app then left
// before it had its routines, and the memory figure missed them).
void mark_startup_ready()
{
    const QByteArray launch = qgetenv("UNKNOT_STARTUP_PROBE");
    if (launch.isEmpty())
        return;
    UNKNOT_CALLGRIND_MARK("ready");
    report_since_launch("ready_ms", launch.toLongLong());
    QTimer::singleShot(idle_ms(), QCoreApplication::instance(), [] {
        std::fprintf(stderr, "unknot-probe idle_rss_kb %lld\n", resident_kb());
        QCoreApplication::exit(0); // not quit(): that asks the windows to close first
    });
}

} // namespace unknot::gui
