// When the player speaks to screen readers (through an Announcer): the phase as it starts, is
// paused or goes on, with its seconds; then the countdown at 10, 5, 3, 2 and 1; the end. Each
// moment once, whatever the refresh rate; a stalled refresh says the number then shown.
#pragma once

#include "core/session/session_engine.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace unknot::gui {

class Announcer;

class PhaseAnnouncer {
    Q_DECLARE_TR_FUNCTIONS(unknot::gui::PhaseAnnouncer)

public:
    explicit PhaseAnnouncer(Announcer& announcer) : announcer_(announcer) {}

    // `line` describes what is on screen ("HOLD: Side stretch, Left, Set 1 of 2").
    void update(const SessionEngine& engine, TimePoint now, const QString& line);

private:
    struct Moment {
        int phase = -1;
        bool paused = false;
        bool finished = false;
        bool operator==(const Moment&) const = default;
    };

    Announcer& announcer_;
    Moment said_;
    std::optional<int> seconds_; // the whole seconds left when last looked at
};

} // namespace unknot::gui
