// "This hurts": what now? Shown in place of the player while the session is paused, readable and
// pressable from the floor: 1 try the easier version (only when the exercise has one), 2 skip
// this exercise, 3 end the session, Esc back to the exercise; the routine's red flags beside it.
#pragma once

#include "core/history/history_types.h"
#include "core/routine/routine.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace unknot::gui {

class RedFlagsPanel;
struct RedFlagTiers;

// What the coach says when the question comes up, for someone on the floor who cannot see it: the
// question, its keys, and the most urgent tier of the red flags.
QString spoken_hurts_question(bool easier, bool exercise, const RedFlagTiers& tiers);

class HurtsQuestion : public QWidget {
    Q_OBJECT
public:
    explicit HurtsQuestion(QWidget* parent = nullptr);

    // about: the exercise (or timed step) it is about, empty for none; easier: its easier version,
    // null when it has none; exercise: false for a timed step or a rest ("Skip this step").
    void ask(const QString& about, const Variation* easier, bool exercise,
             const RedFlagTiers& tiers);
    void set_base_pixels(int pixels);

    QPushButton* easier_button() const { return easier_; }
    QPushButton* skip_button() const { return skip_; }
    QPushButton* end_button() const { return end_; }
    QPushButton* back_button() const { return back_; }
    RedFlagsPanel* red_flags() const { return red_flags_; }
    QString about() const; // what the question is about (ask's `about`)

signals:
    void answered(unknot::HurtChoice choice);
    void cancelled(); // back to the exercise

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPushButton* add_button(const QString& name, void (HurtsQuestion::*action)());
    void choose(HurtChoice choice);
    void fit_easier_text();
    void choose_easier() { choose(HurtChoice::easier); }
    void choose_skip() { choose(HurtChoice::skip); }
    void choose_end() { choose(HurtChoice::end_session); }
    void cancel() { emit cancelled(); }

    QLabel* heading_;
    QLabel* about_;
    QPushButton* easier_;
    QPushButton* skip_;
    QPushButton* end_;
    QPushButton* back_;
    RedFlagsPanel* red_flags_;
    QString about_text_;
    QString easier_name_;
};

} // namespace unknot::gui
