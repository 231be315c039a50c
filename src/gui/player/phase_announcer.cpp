#include "gui/player/phase_announcer.h"

#include "gui/player/announcer.h"

#include <array>
#include <cmath>

namespace unknot::gui {

namespace {

constexpr std::array kCountdownMarks{10, 5, 3, 2, 1};

std::optional<int> whole_seconds_left(const SessionEngine& engine, TimePoint now)
{
    const Phase* phase = engine.current_phase();
    if (!phase || phase->kind == PhaseKind::reps)
        return std::nullopt; // reps are counted, not timed
    const std::optional<double> left = engine.remaining_seconds(now);
    if (!left)
        return std::nullopt;
    return static_cast<int>(std::ceil(*left - 1e-9));
}

bool crossed_a_mark(int before, int now)
{
    for (const int mark : kCountdownMarks)
        if (before > mark && now <= mark)
            return true;
    return false;
}

} // namespace

void PhaseAnnouncer::update(const SessionEngine& engine, TimePoint now, const QString& line)
{
    const Moment moment{engine.phase_index(), engine.paused(), engine.finished()};
    const std::optional<int> seconds = whole_seconds_left(engine, now);
    const std::optional<int> before = std::exchange(seconds_, seconds);
    if (moment != said_) {
        said_ = moment;
        if (moment.finished)
            announcer_.announce(tr("Session finished."));
        else if (seconds && !moment.paused)
            announcer_.announce(tr("%1, %n seconds", nullptr, *seconds).arg(line));
        else
            announcer_.announce(line);
        return;
    }
    if (!moment.paused && seconds && before && crossed_a_mark(*before, *seconds))
        announcer_.announce(QString::number(*seconds));
}

} // namespace unknot::gui
