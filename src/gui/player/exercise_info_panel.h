// Everything about the exercise under way, large, for when the spoken line is not enough: getting
// into position, the movement, form cues, breathing, when to stop, what to prepare, and the
// easier versions. Shown in place of the player while the session is paused (the I key); Esc or
// I closes it, Up and Down scroll, P asks "this hurts".
#pragma once

#include "core/routine/routine.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace unknot::gui {

struct InfoSection {
    QString heading;
    QStringList items;
};

// The sections of an exercise, in order, leaving out empty ones. `easier`: the easier version
// being done instead, which comes first.
QList<InfoSection> info_sections(const Exercise& exercise, const Variation* easier);

class ExerciseInfoPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExerciseInfoPanel(QWidget* parent = nullptr);

    void show_exercise(const Exercise& exercise, const Variation* easier);
    void set_base_pixels(int pixels);

    QString title() const;
    QStringList shown_texts() const; // headings and items, in order
    QScrollArea* scroll_area() const { return scroll_; }

signals:
    void close_requested();
    void hurts_requested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void scroll_by(int pages, int lines);

    QLabel* title_;
    QLabel* hint_;
    QScrollArea* scroll_;
    QWidget* body_;
    QVBoxLayout* sections_;
    int base_pixels_ = 16;
};

} // namespace unknot::gui
