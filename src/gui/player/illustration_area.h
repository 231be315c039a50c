// Where the exercise's figure goes. Until figures exist it shows the exercise name in a frame;
// set_figure() puts a widget in its place, and exercise_changed() tells that widget what to show.
#pragma once

#include <QFrame>

class QLabel;

namespace unknot::gui {

class IllustrationArea : public QFrame {
    Q_OBJECT
public:
    explicit IllustrationArea(QWidget* parent = nullptr);

    // Takes ownership; replaces the placeholder (or the previous figure).
    void set_figure(QWidget* figure);
    QWidget* figure() const { return figure_; }

    // id empty: no exercise (a plain rest or timed activity).
    void show_exercise(const QString& exercise_id, const QString& name);
    QString exercise_id() const { return exercise_id_; }
    QString exercise_name() const;
    void set_base_pixels(int pixels);

signals:
    void exercise_changed(const QString& exercise_id);

private:
    QLabel* name_;
    QWidget* figure_ = nullptr;
    QString exercise_id_;
};

} // namespace unknot::gui
