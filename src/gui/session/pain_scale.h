// Eleven big buttons, 0 to 10: a pain rating in one tap, or one key: 0 to 9, and T for 10.
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QKeyEvent;
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

    // The pain a key gives: the digit keys 0..9, and ten_key() (or T) for 10; nullopt for others.
    static std::optional<int> pain_for_key(const QKeyEvent& event);
    static QString ten_key();   // "T", as translated ("Z" for "zehn")
    static QString keys_hint(); // "Keys: 0 to 9, T for 10."

signals:
    void picked(int pain); // a button was pressed

private:
    QButtonGroup* group_;
    std::optional<int> value_;
};

} // namespace unknot::gui
