// A label for text that comes from files: plain text that fits any width. Wrapped, it breaks
// between words and, when a word alone is wider than the label, inside the word; elided, it stays
// on one line and ends in "…". Either way it never asks its layout for more width than a few
// letters, so an 80-character name or a 500-character instruction without a space (or long
// Arabic text) cannot push a window past the screen. Right-to-left text flows right to left. When
// the layout gives a wrapped label less height than its text needs, the last line that fits ends
// in "…" (never half a line).
#pragma once

#include <QLabel>

class QPainter;
class QTextLayout;

namespace unknot::gui {

class TextLabel : public QLabel {
    Q_OBJECT
public:
    enum class Fit { wrap, elide };
    explicit TextLabel(Fit fit = Fit::wrap, QWidget* parent = nullptr);

    Fit fit() const { return fit_; }
    // The text as drawn at the label's width: with the line breaks it got, or elided.
    QStringList shown_lines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect text_rect() const;
    int text_height(int width) const;
    QString elided(int width) const;
    void lay_out(QTextLayout& layout, int width) const;
    static int lines_that_fit(const QTextLayout& layout, int height);
    void draw_last_line(QPainter& painter, const QTextLayout& layout, int index,
                        QPointF origin) const;

    Fit fit_;
};

} // namespace unknot::gui
