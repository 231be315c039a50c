#include "gui/stall_probe.h"

#include <QTimer>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace unknot::gui {

namespace {

constexpr int kBeatMilliseconds = 5;

double now_ms(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

class StallProbe : public QObject {
public:
    StallProbe(QObject* parent, double origin_ms, double report_ms)
        : QObject(parent), origin_ms_(origin_ms), report_ms_(report_ms)
    {
        auto* beat = new QTimer(this);
        beat->setTimerType(Qt::PreciseTimer);
        beat->setInterval(kBeatMilliseconds);
        connect(beat, &QTimer::timeout, this, &StallProbe::beat);
        beat->start();
        last_ = now_ms(CLOCK_MONOTONIC);
        last_cpu_ = now_ms(CLOCK_THREAD_CPUTIME_ID);
    }

private:
    void beat()
    {
        const double now = now_ms(CLOCK_MONOTONIC);
        const double cpu = now_ms(CLOCK_THREAD_CPUTIME_ID);
        const double gap = now - last_ - kBeatMilliseconds;
        if (gap > report_ms_)
            std::fprintf(stderr, "unknot-probe stall %.3f %.3f %.3f\n", now - origin_ms_, gap,
                         cpu - last_cpu_);
        last_ = now;
        last_cpu_ = cpu;
    }

    double origin_ms_;
    double report_ms_;
    double last_ = 0;
    double last_cpu_ = 0;
};

} // namespace

void install_stall_probe(QObject* parent)
{
    if (!qEnvironmentVariableIsSet("UNKNOT_STALL_PROBE"))
        return;
    const QByteArray launch = qgetenv("UNKNOT_STARTUP_PROBE");
    const double origin = launch.isEmpty() ? now_ms(CLOCK_MONOTONIC) : launch.toDouble() / 1e6;
    const double report = qEnvironmentVariableIsSet("UNKNOT_STALL_PROBE_MS")
                              ? qEnvironmentVariableIntValue("UNKNOT_STALL_PROBE_MS")
                              : 20.0;
    new StallProbe(parent, origin, report);
}

} // namespace unknot::gui
