// After a session: steps done, skipped and stopped because they hurt, the active time, the pain
// after (one tap, 0..10, or keys 0..9 and T for 10 outside the notes), notes, Save (Enter) and a
// way back to the library. Text is plain text.
#pragma once

#include "gui/session/session_logger.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace unknot::gui {

class PainScale;

class SessionSummaryPage : public QWidget {
    Q_OBJECT
public:
    explicit SessionSummaryPage(QWidget* parent = nullptr);

    // Shows a finished session. problem: what is wrong with its log (empty when it is saved);
    // can_save: whether pain after and notes can be saved (false when there is no history).
    void show_result(const QString& routine_title, const SessionTally& tally,
                     const QString& problem, bool can_save);
    void set_problem(const QString& text);       // e.g. the summary could not be saved yet
    void set_week_standing(const QString& text); // "2 of 3 sessions this week"; empty hides it
    bool has_input() const;                      // a pain rating or notes were entered
    std::optional<int> pain_after() const;
    QString notes() const;

    QString heading_text() const;
    QString counts_text() const;
    QString time_text() const;
    QString week_text() const;
    QString pain_before_text() const;
    QString problem_text() const;
    QString keys_text() const;
    PainScale* pain_scale() const { return pain_; }
    QPlainTextEdit* notes_edit() const { return notes_; }
    QPushButton* save_button() const { return save_; }
    QPushButton* back_button() const { return back_; }

signals:
    void save_requested(std::optional<int> pain_after, const QString& notes);
    void back_requested(); // leave without saving (asked first when something was entered)

protected:
    void keyPressEvent(QKeyEvent* event) override; // 0..9, T: pain after; Enter: save
    void resizeEvent(QResizeEvent* event) override;

private:
    void go_back();
    void save();
    QLabel* add_label(bool wrap = false);

    QLabel* heading_;
    QLabel* counts_;
    QLabel* time_;
    QLabel* week_;
    QLabel* pain_before_;
    QLabel* pain_question_;
    PainScale* pain_;
    QLabel* keys_;
    QPlainTextEdit* notes_;
    QLabel* problem_;
    QPushButton* save_;
    QPushButton* back_;
};

} // namespace unknot::gui
