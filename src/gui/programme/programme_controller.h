// The programme as the window uses it: the file in the data folder, the week's status in words,
// the doses of this week (derived from the log every time) with why, the check-in, and the
// gentle version on a flare-up day. Reads the history through the store it is given; "now" is
// injected.
#pragma once

#include "core/history/check_in.h"
#include "core/history/history_store.h"
#include "core/programme/dose.h"
#include "core/programme/programme.h"
#include "core/routine/routine.h"
#include "core/routine/session_plan.h"
#include "gui/history/local_clock.h"
#include "gui/programme/dose_notes.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>

namespace unknot::gui {

class ProgrammeController : public QObject {
    Q_OBJECT
public:
    // `store` may be null (no history): then nothing is derived and no check-in is kept.
    ProgrammeController(QString data_dir, HistoryStore* store, LocalNow now,
                        QObject* parent = nullptr);

    // The programme file, read each time; none when there is none or it has problems.
    std::optional<Programme> programme() const;
    // Its problems in the words of the format (file and pointer), empty when none.
    QString problems() const;
    // "Week 2 of 4 — 1 of 3 sessions done, next: Thursday"; empty without a programme.
    QString status_text() const;
    // Makes `programme` the one in the data folder (the old one kept); an error for a person.
    std::optional<QString> start(const Programme& programme);

    // The routine with this week's doses when it is in the programme, and a sentence for each
    // step whose dose is derived; the routine as written otherwise.
    struct Dosed {
        Routine routine;
        QStringList explanations; // "Name — why", one per dosed step
        DoseNotes reasons;        // step index -> why
    };
    Dosed dosed(const Routine& routine, const ExerciseLookup& lookup) const;

    bool check_in_due() const;
    // Keeps the answer in the history; false when it could not.
    bool record_check_in(CheckInAnswer answer);

    local_days today() const;
    // The history's sessions (with steps) that a report over [from, to] reads, and every check-in
    // answer; empty without a history.
    std::vector<SessionRecord> report_sessions(const Programme* programme, local_days from,
                                               local_days to) const;
    std::vector<CheckIn> all_check_ins() const;

signals:
    void changed(); // a programme was started or a check-in answered

private:
    std::filesystem::path file() const;
    // The programme's sessions up to today, with their steps.
    std::vector<SessionRecord> sessions_of(const Programme& programme) const;

    QString data_dir_;
    HistoryStore* store_;
    LocalNow now_;
};

// "Hold 30 s this week, up from 25 s: the last two sessions went without pain."
QString dose_reason(const StepDose& dose, StepKind kind);
// "Wall angels — " and the reason.
QString dose_explanation(const QString& exercise_name, const StepDose& dose, StepKind kind);

} // namespace unknot::gui
