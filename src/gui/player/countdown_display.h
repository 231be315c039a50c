// The big number: seconds left, the rep under way, or the rep target of self-paced reps. Painted
// to fill the widget on a strong colour per phase kind, so it reads from across the room.
#pragma once

#include <QColor>
#include <QWidget>

namespace unknot::gui {

class CountdownDisplay : public QWidget {
    Q_OBJECT
public:
    explicit CountdownDisplay(QWidget* parent = nullptr);

    // caption above ("HOLD"), the big text ("27", "1:05"), a line below ("Press Done").
    void show_value(const QString& caption, const QString& big, const QString& footer,
                    const QColor& colour);
    void clear();

    QString caption() const { return caption_; }
    QString big_text() const { return big_; }
    QString footer() const { return footer_; }
    QColor colour() const { return colour_; }

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString caption_;
    QString big_;
    QString footer_;
    QColor colour_;
};

} // namespace unknot::gui
