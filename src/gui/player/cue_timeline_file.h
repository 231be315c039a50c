// The cue timeline written to a file, one JSON object a line: {"t": steady-clock seconds, "what":
// ..., details}. Off unless UNKNOT_CUE_LOG names the file (tests/scripts/audio_harness.py reads
// it to line the recording up with what the player asked for).
#pragma once

#include "gui/player/cue_outputs.h"

#include <QFile>
#include <QMutex>

#include <memory>

namespace unknot::gui {

class CueTimelineFile : public CueTimeline {
public:
    // Null unless UNKNOT_CUE_LOG is set; a file that cannot be opened is said in one qInfo line.
    static std::unique_ptr<CueTimelineFile> from_environment();
    void note(TimePoint at, const QString& what, const QJsonObject& details) override;

private:
    QMutex mutex_;
    QFile file_;
};

} // namespace unknot::gui
