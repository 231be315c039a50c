// The player's buttons: large targets, each with its key in the tooltip, and the sound and voice
// toggles. Tab reaches each of them; a click leaves the focus where it was.
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace unknot::gui {

class ControlBar : public QWidget {
    Q_OBJECT
public:
    explicit ControlBar(QWidget* parent = nullptr);

    void set_paused(bool paused);
    void set_done_enabled(bool enabled);
    // available false: the toggle is shown disabled with a tooltip saying why.
    void set_sound(bool on, bool available);
    void set_voice(bool on, bool available);
    void set_base_pixels(int pixels);

    QList<QWidget*> controls() const; // in Tab order
    QPushButton* pause_button() const { return pause_; }
    QPushButton* done_button() const { return done_; }
    QPushButton* hurts_button() const { return hurts_; }
    QPushButton* info_button() const { return info_; }
    QCheckBox* sound_toggle() const { return sound_; }
    QCheckBox* voice_toggle() const { return voice_; }

signals:
    void pause_clicked();
    void back_clicked();
    void skip_clicked();
    void done_clicked();
    void hurts_clicked();
    void info_clicked();
    void stop_clicked();
    void sound_toggled(bool on);
    void voice_toggled(bool on);

private:
    QPushButton* add_button(const QString& text, const QString& key, const QString& name,
                            void (ControlBar::*signal)());
    QCheckBox* add_toggle(const QString& text, const QString& name);
    static void fit_width(QPushButton* button, const QStringList& words, int pixels);

    QPushButton* pause_;
    QPushButton* back_;
    QPushButton* skip_;
    QPushButton* done_;
    QPushButton* hurts_;
    QPushButton* info_;
    QPushButton* stop_;
    QCheckBox* sound_;
    QCheckBox* voice_;
};

} // namespace unknot::gui
