// The whole routine at a glance: a bar, minutes done and minutes left.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace unknot::gui {

class SessionProgress : public QWidget {
    Q_OBJECT
public:
    explicit SessionProgress(QWidget* parent = nullptr);

    void show_progress(double elapsed_seconds, double remaining_seconds);
    void set_base_pixels(int pixels);

    QString elapsed_text() const;
    QString remaining_text() const;
    int permille() const; // 0..1000

private:
    QProgressBar* bar_;
    QLabel* elapsed_;
    QLabel* remaining_;
};

} // namespace unknot::gui
