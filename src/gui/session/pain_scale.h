// Eleven big buttons, 0 to 10: a pain rating in one tap.
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QPushButton;

namespace unknot::gui {

class PainScale : public QWidget {
    Q_OBJECT
public:
    explicit PainScale(QWidget* parent = nullptr);

    std::optional<int> value() const { return value_; }
    void set_value(std::optional<int> value); // shows it as chosen; no signal
    QPushButton* button(int pain) const;      // 0..10
    void set_button_pixels(int pixels);

signals:
    void picked(int pain); // a button was pressed

private:
    QButtonGroup* group_;
    std::optional<int> value_;
};

} // namespace unknot::gui
