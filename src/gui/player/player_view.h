// Everything the player shows about the session, drawn from the engine's state: the header, the
// big countdown, the illustration, the line the coach says (or the instruction) and form cue, next
// up, notices, progress.
#pragma once

#include "core/session/session_engine.h"
#include "gui/player/phase_announcer.h"
#include "gui/programme/dose_notes.h"

#include <QWidget>

class QLabel;

namespace unknot::gui {

class Announcer;
class CautionLine;
class CountdownDisplay;
class IllustrationArea;
class PhaseHeader;
class SessionProgress;

class PlayerView : public QWidget {
    Q_OBJECT
public:
    explicit PlayerView(QWidget* parent = nullptr);

    void show_state(const SessionEngine& engine, TimePoint now);
    void set_notice(const QString& text); // empty hides it
    // The line the coach says now, shown in place of the phase's instruction; empty: the
    // instruction again.
    void set_spoken_line(const QString& text);
    // This week's dose of each step and why, shown while the step plays and in the rest before it;
    // none outside a programme.
    void set_dose_notes(DoseNotes notes) { dose_notes_ = std::move(notes); }
    // From now on, phases of routine step `step` show `text` (the easier version the person
    // chose) instead of their instruction; -1 for none.
    void set_easier_version(int step, const QString& text);
    // The routine's "check first" and "before you start" lines, shown during the session's first
    // lead-in (the coach says them there too, when the voice is on).
    void set_before_you_start(const QStringList& lines) { before_you_start_ = lines; }

    PhaseHeader* header() const { return header_; }
    CountdownDisplay* countdown() const { return countdown_; }
    IllustrationArea* illustration() const { return illustration_; }
    SessionProgress* progress() const { return progress_; }
    Announcer* announcer() const { return announcer_; }
    CautionLine* caution_line() const { return caution_; }
    QString instruction() const;
    QString form_cue() const;
    QString next_up() const;
    QString dose_note() const; // empty when hidden
    QString notice() const;
    void set_base_pixels(int pixels); // text sizes follow the window (see player_fonts.h)
    int base_pixels() const { return base_pixels_; }

private:
    void show_countdown(const SessionEngine& engine, const Phase& phase, TimePoint now);
    void show_texts(const SessionEngine& engine, const Phase& phase, TimePoint now);
    void show_rest_texts(const SessionPlan& plan, int index);
    void show_illustration(const SessionPlan& plan, int index);
    void show_dose_note(const SessionPlan& plan, int index);
    void set_next_as_list(bool list);

    PhaseHeader* header_;
    CountdownDisplay* countdown_;
    IllustrationArea* illustration_;
    QLabel* instruction_;
    QLabel* cue_;
    CautionLine* caution_;
    QLabel* next_;
    QLabel* dose_;
    QLabel* notice_;
    SessionProgress* progress_;
    Announcer* announcer_;
    PhaseAnnouncer announcements_;
    int base_pixels_ = 0;
    bool next_is_list_ = false;
    QString spoken_line_;
    DoseNotes dose_notes_;
    int easier_step_ = -1;
    QString easier_text_;
    QStringList before_you_start_;
};

} // namespace unknot::gui
