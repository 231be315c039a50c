// Before a session: "How much does your back hurt?" answered with one tap (0..10) or skipped.
// Keys: 0..9 rate, Esc skips. A check box turns the question off for later sessions.
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;

namespace unknot::gui {

class PainScale;

class PainRatingPage : public QWidget {
    Q_OBJECT
public:
    // settings must outlive the page.
    explicit PainRatingPage(QSettings& settings, QWidget* parent = nullptr);

    // Shows the question for the routine about to start, nothing chosen yet.
    void ask(const QString& routine_title);
    // Whether the question is to be asked before a session (the setting; on by default).
    static bool enabled(const QSettings& settings);

    PainScale* scale() const { return scale_; }
    QPushButton* skip_button() const { return skip_; }
    QCheckBox* ask_toggle() const { return ask_; }
    QString routine_text() const;
    QString keys_text() const;

signals:
    void answered(std::optional<int> pain); // nullopt: skipped

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QSettings& settings_;
    QLabel* routine_;
    QLabel* question_;
    PainScale* scale_;
    QPushButton* skip_;
    QLabel* keys_;
    QCheckBox* ask_;
};

} // namespace unknot::gui
